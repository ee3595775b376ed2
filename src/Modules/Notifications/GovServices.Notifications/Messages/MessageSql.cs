using GovServices.BuildingBlocks.Data;

namespace GovServices.Notifications.Messages;

/// <summary>The messages' SQL (ADR 0052); their sending is the delivery engine's (DeliverySql).</summary>
internal static class MessageSql
{
    public const string Columns =
        "id, channel, recipient_key, user_id, event_id, template_id, template_version, language, address, subject, body, link, status, status_reason, created_at, status_updated_at, read_at";

    public static string Insert(ISqlDialect dialect) =>
        dialect.InsertIfAbsent(
            "notifications.message",
            ["id", "channel", "recipient_key", "user_id", "event_id", "template_id", "template_version", "language", "address", "subject", "body", "link", "subject_ref", "status", "created_at", "status_updated_at"],
            ["channel", "recipient_key", "event_id"]);

    /// <summary>A status the engine's settling or a provider's receipt brings; a final status is never left again.</summary>
    public const string UpdateStatus = """
        UPDATE notifications.message
        SET status = @status,
            status_reason = @status_reason,
            status_updated_at = @now
        WHERE id = @id
          AND channel = @channel
          AND status IN ('created', 'sending', 'temporary_failure')
          AND status <> @status
        """;

    /// <summary>The provider took it: sending, unless a receipt came first.</summary>
    public const string MarkSending = """
        UPDATE notifications.message
        SET status = @status,
            status_updated_at = @now
        WHERE id = @id
          AND status = 'created'
        """;

    public const string SelectPreference = """
        SELECT user_id, email, sms, whatsapp, language
        FROM notifications.message_preference
        WHERE user_id = @user_id
        """;

    public const string DeletePreference = """
        DELETE FROM notifications.message_preference
        WHERE user_id = @user_id
        """;

    public const string InsertPreference = """
        INSERT INTO notifications.message_preference (user_id, email, sms, whatsapp, language, updated_at)
        VALUES (@user_id, @email, @sms, @whatsapp, @language, @updated_at)
        """;

    public const string SelectInboxMessage = $"""
        SELECT {Columns}
        FROM notifications.message
        WHERE id = @id
          AND user_id = @user_id
          AND channel = 'inbox'
        """;

    public const string MarkRead = """
        UPDATE notifications.message
        SET read_at = @now
        WHERE id = @id
          AND user_id = @user_id
          AND channel = 'inbox'
          AND read_at IS NULL
        """;

    /// <summary>Bodies go after <c>Notifications:BodyRetention</c>; who, when, template and status stay.</summary>
    public const string WipeBodiesBefore = """
        UPDATE notifications.message
        SET subject = NULL, body = NULL
        WHERE created_at < @before
          AND body IS NOT NULL
        """;

    /// <summary>The delivery's copy of the body goes with it (once the engine is done with it).</summary>
    public const string WipeDeliveryPayloadsBefore = """
        UPDATE notifications.delivery
        SET payload = '{}'
        WHERE created_at < @before
          AND channel IN ('email', 'sms', 'whatsapp', 'inbox')
          AND status <> 'pending'
          AND payload <> '{}'
        """;

    public const string DeleteBefore = """
        DELETE FROM notifications.message
        WHERE created_at < @before
        """;
}
