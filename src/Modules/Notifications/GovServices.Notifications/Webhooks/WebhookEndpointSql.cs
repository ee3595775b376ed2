namespace GovServices.Notifications.Webhooks;

/// <summary>The SQL of <c>notifications.webhook_endpoint</c>.</summary>
internal static class WebhookEndpointSql
{
    public const string Columns =
        "id, owner_client_id, owner_opd, url, description, event_types, status, disabled_reason, disabled_at, failing_since, secret, previous_secret, previous_secret_expires_at, created_at, updated_at, version";

    public const string Insert = """
        INSERT INTO notifications.webhook_endpoint (id, owner_client_id, owner_opd, url, description, event_types, status, secret, created_at, updated_at, version)
        VALUES (@id, @owner_client_id, @owner_opd, @url, @description, @event_types, @status, @secret, @created_at, @updated_at, 1)
        """;

    public const string Select = $"""
        SELECT {Columns}
        FROM notifications.webhook_endpoint
        WHERE id = @id
        """;

    /// <summary>The active endpoints an event may reach: its owner client's, or those bound to its OPD.</summary>
    public const string SelectAudience = $"""
        SELECT {Columns}
        FROM notifications.webhook_endpoint
        WHERE status = 'active'
          AND (owner_client_id = @owner_client_id OR (owner_opd IS NOT NULL AND owner_opd = @opd))
        """;

    public const string Update = """
        UPDATE notifications.webhook_endpoint
        SET url = @url, description = @description, event_types = @event_types, updated_at = @updated_at, version = version + 1
        WHERE id = @id
          AND version = @expected_version
        """;

    public const string SetStatus = """
        UPDATE notifications.webhook_endpoint
        SET status = @status, disabled_reason = @disabled_reason, disabled_at = @disabled_at, failing_since = NULL, updated_at = @updated_at, version = version + 1
        WHERE id = @id
          AND version = @expected_version
        """;

    public const string RotateSecret = """
        UPDATE notifications.webhook_endpoint
        SET secret = @secret, previous_secret = @previous_secret, previous_secret_expires_at = @previous_secret_expires_at, updated_at = @updated_at, version = version + 1
        WHERE id = @id
          AND version = @expected_version
        """;

    public const string Delete = """
        DELETE FROM notifications.webhook_endpoint
        WHERE id = @id
        """;

    /// <summary>The delivery engine's verdict: the endpoint answered 410, or failed for too long.</summary>
    public const string DisableByEngine = """
        UPDATE notifications.webhook_endpoint
        SET status = 'disabled', disabled_reason = @disabled_reason, disabled_at = @now, updated_at = @now, version = version + 1
        WHERE id = @id
          AND status = 'active'
        """;

    /// <summary>The first failure of a run of failures starts the clock; a later one leaves it.</summary>
    public const string MarkFailing = """
        UPDATE notifications.webhook_endpoint
        SET failing_since = @now
        WHERE id = @id
          AND failing_since IS NULL
        """;

    public const string MarkHealthy = """
        UPDATE notifications.webhook_endpoint
        SET failing_since = NULL
        WHERE id = @id
          AND failing_since IS NOT NULL
        """;
}
