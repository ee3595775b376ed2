namespace GovServices.Notifications.DeliveryBacklog;

internal static class DeliveryBacklogSql
{
    public const string SelectByChannel = """
        SELECT channel AS Channel,
               SUM(CASE WHEN status = 'pending' THEN 1 ELSE 0 END) AS Pending,
               SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) AS Failed,
               MIN(CASE WHEN status = 'pending' THEN occurred_at END) AS OldestPendingAt
        FROM notifications.delivery
        WHERE status IN ('pending', 'failed')
        GROUP BY channel
        """;
}
