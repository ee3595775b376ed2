using Npgsql;

namespace GovServices.BuildingBlocks.Data;

internal sealed class PostgreSqlDialect : ISqlDialect
{
    public DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public string Limit(string limitParameter) => $"LIMIT @{limitParameter}";

    public string Page(string limitParameter, string offsetParameter) => $"LIMIT @{limitParameter} OFFSET @{offsetParameter}";

    public string InsertIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        SqlLists.InsertOnConflictDoNothing(table, columns, keyColumns);

    public string Upsert(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        SqlLists.InsertOnConflictDoUpdate(table, columns, keyColumns);

    // SKIP LOCKED passes over rows another claimer is updating; FOR UPDATE re-checks the filter on the newest
    // row version, so a row claimed and committed meanwhile no longer qualifies.
    public string ClaimRows(string table, string filter, string orderBy, string limitParameter, string assignments) =>
        $"""
        UPDATE {table}
        SET {assignments}
        WHERE id IN (
            SELECT id
            FROM {table}
            WHERE {filter}
            ORDER BY {orderBy}
            LIMIT @{limitParameter}
            FOR UPDATE SKIP LOCKED)
        """;

    public bool IsUniqueViolation(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
