namespace GovServices.BuildingBlocks.Data;

/// <summary>Pieces of SQL text shared by the dialects.</summary>
internal static class SqlLists
{
    /// <summary><c>INSERT … ON CONFLICT DO NOTHING</c>, which SQLite and PostgreSQL both speak.</summary>
    public static string InsertOnConflictDoNothing(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        $"""
        INSERT INTO {table} ({string.Join(", ", columns)})
        VALUES ({Parameters(columns)})
        ON CONFLICT ({string.Join(", ", keyColumns)}) DO NOTHING
        """;

    /// <summary><c>INSERT … ON CONFLICT DO UPDATE</c> with <c>excluded</c>, which SQLite and PostgreSQL both speak.</summary>
    public static string InsertOnConflictDoUpdate(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        $"""
        INSERT INTO {table} ({string.Join(", ", columns)})
        VALUES ({Parameters(columns)})
        ON CONFLICT ({string.Join(", ", keyColumns)}) DO UPDATE
        SET {string.Join(", ", columns.Except(keyColumns).Select(column => $"{column} = excluded.{column}"))}
        """;

    public static string Parameters(IEnumerable<string> columns) =>
        string.Join(", ", columns.Select(column => "@" + column));

    public static string KeyMatch(IEnumerable<string> keyColumns) =>
        string.Join(" AND ", keyColumns.Select(column => $"{column} = @{column}"));
}
