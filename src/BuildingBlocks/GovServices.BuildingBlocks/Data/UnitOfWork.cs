using System.Data.Common;

namespace GovServices.BuildingBlocks.Data;

internal sealed class UnitOfWork(IDbConnectionFactory connections) : IUnitOfWork, IAsyncDisposable
{
    private DbConnection? _connection;
    private DbTransaction? _transaction;

    public DbConnection Connection =>
        _connection ?? throw new InvalidOperationException("The unit of work has not begun.");

    public DbTransaction Transaction =>
        _transaction ?? throw new InvalidOperationException("The unit of work has not begun.");

    public bool IsActive => _transaction is not null;

    public ISqlDialect Dialect => connections.Dialect;

    public async Task BeginAsync(CancellationToken cancellationToken = default)
    {
        if (IsActive)
            throw new InvalidOperationException("The unit of work has already begun.");

        _connection ??= await connections.OpenConnectionAsync(cancellationToken);
        // SQLite's default transaction is BEGIN IMMEDIATE: the write lock is taken up front, so two writers
        // wait on each other (busy timeout) instead of failing when a read lock cannot be upgraded.
        _transaction = await _connection.BeginTransactionAsync(cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        await Transaction.CommitAsync(cancellationToken);
        await EndTransactionAsync();
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

    private async Task EndTransactionAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
            _transaction = null;
        }
    }
}
