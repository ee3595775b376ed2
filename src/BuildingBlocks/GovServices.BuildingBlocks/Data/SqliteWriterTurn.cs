namespace GovServices.BuildingBlocks.Data;

/// <summary>One writer's place in the <see cref="SqliteWriterQueue"/>: held from the wait until disposed, once.</summary>
internal sealed class SqliteWriterTurn : IAsyncDisposable
{
    /// <summary>The turn of a writer that does not queue: disposing it gives nothing back.</summary>
    public static readonly SqliteWriterTurn None = new(turns: null);

    private readonly SemaphoreSlim? _turns;
    private int _released;

    public SqliteWriterTurn(SemaphoreSlim? turns)
    {
        _turns = turns;
        _released = turns is null ? 1 : 0;
    }

    /// <summary>True from the start of the wait until the turn is given back (or the wait was cancelled).</summary>
    public bool IsHeld => Volatile.Read(ref _released) == 0;

    public async ValueTask<IAsyncDisposable> WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _turns!.WaitAsync(cancellationToken);
            return this;
        }
        catch
        {
            Volatile.Write(ref _released, 1);
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
            _turns!.Release();
        return ValueTask.CompletedTask;
    }
}
