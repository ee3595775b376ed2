using System.Data.Common;

namespace GovServices.BuildingBlocks.Data;

/// <summary>
/// One connection and one transaction for everything a command does: its rows, its audit record and its
/// outbox messages commit together or not at all. Scoped: one per request or per message delivery.
/// </summary>
public interface IUnitOfWork
{
    DbConnection Connection { get; }

    DbTransaction Transaction { get; }

    bool IsActive { get; }

    ISqlDialect Dialect { get; }

    Task BeginAsync(CancellationToken cancellationToken = default);

    Task CommitAsync(CancellationToken cancellationToken = default);

    Task RollbackAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="action"/> once the current transaction has committed (a wake-up signal for a worker that
    /// should see what it wrote); dropped when it rolls back instead.
    /// </summary>
    void OnCommitted(Action action);
}
