using System.Data.Common;

namespace GovServices.BuildingBlocks.Data;

internal sealed class UnitOfWork(IDbConnectionFactory connections) : IUnitOfWork, IAsyncDisposable
{
    private DbConnection? _connection;
    private DbTransaction? _transaction;
    private IAsyncDisposable? _writeTurn;
    private List<Action>? _committed;

    public DbConnection Connection =>
        _connection ?? throw new InvalidOperationException("The unit of work has not begun.");

    public DbTransaction Transaction =>
        _transaction ?? throw new InvalidOperationException("The unit of work has not begun.");

    public bool IsActive => _transaction is not null;

    public ISqlDialect Dialect => connections.Dialect;

    /// <summary>
    /// Not <c>async</c> itself: on SQLite the writer's turn (ADR 0021) is recorded in the caller's execution context,
    /// so that the caller's flow does not queue a second write transaction behind its own.
    /// </summary>
    public Task BeginAsync(CancellationToken cancellationToken = default)
    {
        if (IsActive)
            throw new InvalidOperationException("The unit of work has already begun.");

        return BeginAsync(connections.WaitForWriteTurnAsync(cancellationToken), cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        await Transaction.CommitAsync(cancellationToken);
        var committed = _committed;
        await EndTransactionAsync();
        foreach (var action in committed ?? [])
            action();
    }

    public void OnCommitted(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (!IsActive)
            throw new InvalidOperationException("The unit of work has not begun.");
        (_committed ??= []).Add(action);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_transaction is null)
            return;

        // A transaction whose commit failed midway may already be finished; there is nothing left to undo then.
        if (_transaction.Connection is not null)
            await _transaction.RollbackAsync(cancellationToken);
        await EndTransactionAsync();
    }

    public async ValueTask DisposeAsync()
    {
        // Disposing an uncommitted transaction rolls it back: a failed command leaves nothing behind.
        await EndTransactionAsync();
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }

    private async Task BeginAsync(ValueTask<IAsyncDisposable> writeTurn, CancellationToken cancellationToken)
    {
        _writeTurn = await writeTurn;
        try
        {
            _connection ??= await connections.OpenConnectionAsync(cancellationToken);
            // SQLite's default transaction is BEGIN IMMEDIATE: the write lock is taken up front, so two writers
            // wait on each other instead of failing when a read lock cannot be upgraded.
            _transaction = await _connection.BeginTransactionAsync(cancellationToken);
        }
        catch
        {
            await EndTransactionAsync();
            throw;
        }
    }

    private async Task EndTransactionAsync()
    {
        _committed = null;
        try
        {
            if (_transaction is not null)
            {
                await _transaction.DisposeAsync();
                _transaction = null;
            }
        }
        finally
        {
            // Only once the transaction is over may the next writer begin.
            if (_writeTurn is not null)
            {
                await _writeTurn.DisposeAsync();
                _writeTurn = null;
            }
        }
    }
}
