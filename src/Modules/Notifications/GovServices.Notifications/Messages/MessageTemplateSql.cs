namespace GovServices.Notifications.Messages;

/// <summary>The edited templates' SQL; a template without a row is the shipped one, version 1.</summary>
internal static class MessageTemplateSql
{
    public const string SelectAll = """
        SELECT id, channel, language, version, subject, body, provider_template
        FROM notifications.message_template
        """;

    public const string Select = """
        SELECT id, channel, language, version, subject, body, provider_template
        FROM notifications.message_template
        WHERE id = @id
          AND channel = @channel
          AND language = @language
        """;

    public const string Insert = """
        INSERT INTO notifications.message_template (id, channel, language, version, subject, body, provider_template, updated_at, updated_by)
        VALUES (@id, @channel, @language, @version, @subject, @body, @provider_template, @updated_at, @updated_by)
        """;

    public const string Update = """
        UPDATE notifications.message_template
        SET version = @version,
            subject = @subject,
            body = @body,
            provider_template = @provider_template,
            updated_at = @updated_at,
            updated_by = @updated_by
        WHERE id = @id
          AND channel = @channel
          AND language = @language
          AND version = @expected_version
        """;
}
