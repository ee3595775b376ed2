using System.Data.Common;

namespace GovServices.BuildingBlocks.Data;

/// <summary>Opens connections to the configured database, ready for schema-qualified SQL.</summary>
public interface IDbConnectionFactory
{
    DatabaseProvider Provider { get; }

    ISqlDialect Dialect { get; }

    /// <summary>
    /// An open connection. On SQLite every module schema is attached under its name, so
    /// <c>complaints.complaint</c> means the same table on every provider.
    /// </summary>
    Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Waits until this writer may begin its write transaction; disposing the result, once the transaction has
    /// ended, lets the next one begin. Only SQLite queues its writers (ADR 0021); PostgreSQL and SQL Server lock rows,
    /// so their writers never wait here.
    /// </summary>
    ValueTask<IAsyncDisposable> WaitForWriteTurnAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IAsyncDisposable>(SqliteWriterTurn.None);
}
