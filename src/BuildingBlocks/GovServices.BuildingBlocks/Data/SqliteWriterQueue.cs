namespace GovServices.BuildingBlocks.Data;

/// <summary>
/// The process's writers to one SQLite data directory, in line (ADR 0021). SQLite lets one transaction write at a
/// time and <c>BEGIN IMMEDIATE</c> takes the lock of every attached schema file; a writer that finds it taken sleeps
/// in the busy handler, in steps of up to 100 ms on a blocked thread, so 32 writers spent most of their time asleep.
/// Waiting here instead is asynchronous and first come, first served: each writer begins the moment the one
/// before it ends.
/// </summary>
internal sealed class SqliteWriterQueue
{
    private readonly SemaphoreSlim _turns = new(1, 1);
    private readonly AsyncLocal<SqliteWriterTurn?> _turnOfThisFlow = new();

    /// <summary>
    /// Waits for this writer's turn; disposing the turn hands it to the next writer. A flow that already holds a
    /// turn gets none: a second write transaction it begins (a module's own scope, as <c>IInvoiceIssuer</c> opens)
    /// cannot wait for a turn its own flow gives back only later, so it goes straight to SQLite and its busy timeout,
    /// as every write outside the queue does.
    /// </summary>
    /// <remarks>
    /// Deliberately not <c>async</c>: the turn is recorded in the caller's execution context, where the rest of the
    /// flow (the command's handler, the subscriber) sees it; a value set inside an async method ends with it.
    /// </remarks>
    public ValueTask<IAsyncDisposable> WaitForTurnAsync(CancellationToken cancellationToken)
    {
        if (_turnOfThisFlow.Value is { IsHeld: true })
            return ValueTask.FromResult<IAsyncDisposable>(SqliteWriterTurn.None);

        var turn = new SqliteWriterTurn(_turns);
        _turnOfThisFlow.Value = turn;
        return turn.WaitAsync(cancellationToken);
    }
}
