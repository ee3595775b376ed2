using Microsoft.Data.Sqlite;

namespace GovServices.BuildingBlocks.Data;

internal sealed class SqliteDialect : ISqlDialect
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string Limit(string limitParameter) => $"LIMIT @{limitParameter}";

    public string Page(string limitParameter, string offsetParameter) => $"LIMIT @{limitParameter} OFFSET @{offsetParameter}";

    public string InsertIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        SqlLists.InsertOnConflictDoNothing(table, columns, keyColumns);

    public string Upsert(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        SqlLists.InsertOnConflictDoUpdate(table, columns, keyColumns);

    // SQLite has one writer at a time (transactions begin IMMEDIATE), so a plain subquery cannot race.
    public string ClaimRows(string table, string filter, string orderBy, string limitParameter, string assignments) =>
        $"""
        UPDATE {table}
        SET {assignments}
        WHERE id IN (
            SELECT id
            FROM {table}
            WHERE {filter}
            ORDER BY {orderBy}
            LIMIT @{limitParameter})
        """;

    public bool IsUniqueViolation(Exception exception) =>
        exception is SqliteException
        {
            SqliteErrorCode: SqliteConstraint,
            SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        };
}
