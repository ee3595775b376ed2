using GovServices.BuildingBlocks.Data;

namespace GovServices.CivilRegistry.RegistryActivity;

internal static class RegistryActivitySql
{
    /// <summary>The access trail since a time, counted by client, action and result: no NIK and no purpose is read.</summary>
    public const string CountSince = """
        SELECT client_id AS ClientId, action AS Action, result AS Result, COUNT(*) AS Count
        FROM civil_registry.access_log
        WHERE occurred_at >= @since
        GROUP BY client_id, action, result
        """;

    public static string SelectLastImport(ISqlDialect dialect) => $"""
        SELECT status AS Status, requested_at AS RequestedAt, finished_at AS FinishedAt, rows_read AS RowsRead,
               rows_inserted AS RowsInserted, rows_updated AS RowsUpdated, rows_failed AS RowsFailed
        FROM civil_registry.import_job
        ORDER BY requested_at DESC
        {dialect.Limit("limit")}
        """;
}
