namespace GovServices.Notifications.Webhooks;

/// <summary>The SQL of <c>notifications.webhook_endpoint</c>.</summary>
internal static class WebhookEndpointSql
{
    public const string Columns =
        "id, owner_client_id, owner_user_id, owner_opd, url, description, event_types, status, disabled_reason, disabled_at, failing_since, secret, previous_secret, previous_secret_expires_at, created_at, updated_at, version";

    public const string Insert = """
        INSERT INTO notifications.webhook_endpoint (id, owner_client_id, owner_user_id, owner_opd, url, description, event_types, status, secret, created_at, updated_at, version)
        VALUES (@id, @owner_client_id, @owner_user_id, @owner_opd, @url, @description, @event_types, @status, @secret, @created_at, @updated_at, 1)
        """;

    public const string Select = $"""
        SELECT {Columns}
        FROM notifications.webhook_endpoint
        WHERE id = @id
        """;

    /// <summary>
    /// The active endpoints an event may reach: those a machine client made for itself when the event is that
    /// client's, and those bound to the event's OPD. A person's endpoint is never matched by its client: a public
    /// client (the city's app) is shared by every person signed in through it.
    /// </summary>
    public const string SelectAudience = $"""
        SELECT {Columns}
        FROM notifications.webhook_endpoint
        WHERE status = 'active'
          AND ((owner_user_id IS NULL AND owner_client_id = @owner_client_id) OR (owner_opd IS NOT NULL AND owner_opd = @opd))
        """;

    /// <summary>The owner's other active endpoints (the owner: its client, and its person if a person made it).</summary>
    public const string SelectSiblings = $"""
        SELECT {Columns}
        FROM notifications.webhook_endpoint
        WHERE status = 'active'
          AND owner_client_id = @owner_client_id
          AND id <> @id
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
