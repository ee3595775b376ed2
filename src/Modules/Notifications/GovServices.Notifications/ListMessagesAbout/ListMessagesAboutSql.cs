namespace GovServices.Notifications.ListMessagesAbout;

internal static class ListMessagesAboutSql
{
    /// <summary>The messages about <c>@subject_ref</c>, with their delivery's attempts and its last attempt's error while the delivery log keeps them.</summary>
    public const string Select = """
        SELECT m.id AS Id, m.channel AS Channel, m.address AS Address, m.template_id AS TemplateId, m.template_version AS TemplateVersion,
               m.status AS Status, m.status_reason AS StatusReason, d.attempts AS Attempts, a.error AS LastError,
               m.created_at AS CreatedAt, m.status_updated_at AS StatusUpdatedAt
        FROM notifications.message m
        LEFT JOIN notifications.delivery d ON d.id = m.id
        LEFT JOIN notifications.delivery_attempt a ON a.delivery_id = m.id
            AND a.attempt = (SELECT MAX(latest.attempt) FROM notifications.delivery_attempt latest WHERE latest.delivery_id = m.id)
        WHERE m.subject_ref = @subject_ref
        """;
}
