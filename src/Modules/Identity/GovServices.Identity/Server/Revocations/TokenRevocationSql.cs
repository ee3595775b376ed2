using GovServices.BuildingBlocks.Data;

namespace GovServices.Identity.Server.Revocations;

/// <summary>
/// The revocation feed of SQLite and SQL Server (<c>identity.token_revocation</c>, written by triggers: ADR 0073).
/// A reader first takes the settled position (every row at or below it is committed), then reads every row after its
/// own position, and moves its position to the settled one: rows above it are read again next time, which evicts
/// nothing new. PostgreSQL has no such table: its triggers NOTIFY.
/// </summary>
internal static class TokenRevocationSql
{
    public static string SelectSettledPosition(ISqlDialect dialect) => Pick(dialect,
        sqlite:
        """
        SELECT COALESCE(MAX(position), 0)
        FROM "identity".token_revocation
        """,
        sqlServer:
        """
        SELECT CAST(MIN_ACTIVE_ROWVERSION() AS bigint) - 1
        """);

    public static string SelectAfter(ISqlDialect dialect) => Pick(dialect,
        sqlite:
        """
        SELECT position AS Position, token_id AS TokenId, authorization_id AS AuthorizationId
        FROM "identity".token_revocation
        WHERE position > @after
        ORDER BY position
        """,
        // READPAST: a row still locked by its transaction is read next time, when the settled position has not passed it.
        sqlServer:
        """
        SELECT CAST(position AS bigint) AS Position, token_id AS TokenId, authorization_id AS AuthorizationId
        FROM "identity".token_revocation WITH (READPAST)
        WHERE position > CAST(@after AS binary(8))
        ORDER BY position
        """);

    public static string DeleteOlderThan(ISqlDialect dialect) => Pick(dialect,
        sqlite:
        """
        DELETE FROM "identity".token_revocation
        WHERE recorded_at < CAST(strftime('%s', 'now') AS INTEGER) - @keep_seconds
        """,
        sqlServer:
        """
        DELETE FROM "identity".token_revocation
        WHERE recorded_at < DATEADD(second, -@keep_seconds, SYSUTCDATETIME())
        """);

    private static string Pick(ISqlDialect dialect, string sqlite, string sqlServer) => dialect.Provider switch
    {
        DatabaseProvider.Sqlite => sqlite,
        DatabaseProvider.SqlServer => sqlServer,
        _ => throw new InvalidOperationException($"{dialect.Provider} has no polled revocation feed: it listens."),
    };
}
