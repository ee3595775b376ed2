namespace GovServices.BuildingBlocks.Data;

/// <summary>Small pieces of SQL text shared by the dialects.</summary>
internal static class SqlLists
{
    public static string Parameters(IEnumerable<string> columns) =>
        string.Join(", ", columns.Select(column => "@" + column));

    public static string KeyMatch(IEnumerable<string> keyColumns) =>
        string.Join(" AND ", keyColumns.Select(column => $"{column} = @{column}"));
}
