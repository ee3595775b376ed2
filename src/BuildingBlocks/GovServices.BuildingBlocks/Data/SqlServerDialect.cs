using Microsoft.Data.SqlClient;

namespace GovServices.BuildingBlocks.Data;

internal sealed class SqlServerDialect : ISqlDialect
{
    private const int UniqueIndexViolation = 2601;
    private const int UniqueConstraintViolation = 2627;

    public DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public string Limit(string limitParameter) => $"OFFSET 0 ROWS FETCH NEXT @{limitParameter} ROWS ONLY";

    public string Page(string limitParameter, string offsetParameter) => $"OFFSET @{offsetParameter} ROWS FETCH NEXT @{limitParameter} ROWS ONLY";

    // UPDLOCK + HOLDLOCK keep the key range locked from the check to the insert, so two concurrent callers
    // cannot both see "absent".
    public string InsertIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        $"""
        INSERT INTO {table} ({string.Join(", ", columns)})
        SELECT {SqlLists.Parameters(columns)}
        WHERE NOT EXISTS (
            SELECT 1
            FROM {table} WITH (UPDLOCK, HOLDLOCK)
            WHERE {SqlLists.KeyMatch(keyColumns)})
        """;

    public string Upsert(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        $"""
        MERGE {table} WITH (HOLDLOCK) AS target
        USING (SELECT {string.Join(", ", columns.Select(column => $"@{column} AS {column}"))}) AS source
        ON {string.Join(" AND ", keyColumns.Select(column => $"target.{column} = source.{column}"))}
        WHEN MATCHED THEN
            UPDATE SET {string.Join(", ", columns.Except(keyColumns).Select(column => $"target.{column} = source.{column}"))}
        WHEN NOT MATCHED THEN
            INSERT ({string.Join(", ", columns)})
            VALUES ({string.Join(", ", columns.Select(column => $"source.{column}"))});
        """;

    // READPAST skips rows locked by a concurrent claimer; UPDLOCK holds the chosen ones until commit.
    public string ClaimRows(string table, string filter, string orderBy, string limitParameter, string assignments) =>
        $"""
        WITH batch AS (
            SELECT TOP (@{limitParameter}) *
            FROM {table} WITH (UPDLOCK, READPAST, ROWLOCK)
            WHERE {filter}
            ORDER BY {orderBy})
        UPDATE batch
        SET {assignments};
        """;

    public bool IsUniqueViolation(Exception exception) =>
        exception is SqlException { Number: UniqueIndexViolation or UniqueConstraintViolation };
}
