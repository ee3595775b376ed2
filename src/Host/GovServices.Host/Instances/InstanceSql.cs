namespace GovServices.Host.Instances;

internal static class InstanceSql
{
    public const string Schema = "operations";

    public const string Table = "operations.instance";

    public const string SelectSeenSince = """
        SELECT id AS Id, host_name AS HostName, process_id AS ProcessId, version AS Version,
               started_at AS StartedAt, last_seen_at AS LastSeenAt
        FROM operations.instance
        WHERE last_seen_at >= @since
        ORDER BY started_at, id
        """;

    public const string Delete = "DELETE FROM operations.instance WHERE id = @id";

    public const string DeleteGone = "DELETE FROM operations.instance WHERE last_seen_at < @before";
}
