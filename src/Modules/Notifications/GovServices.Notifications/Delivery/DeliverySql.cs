using GovServices.BuildingBlocks.Data;

namespace GovServices.Notifications.Delivery;

/// <summary>The delivery engine's SQL. Claims take a lease as the outbox's do (ADR 0008, 0047).</summary>
internal static class DeliverySql
{
    public const string Columns =
        "id, channel, destination_id, event_id, event_type, payload, status, attempts, occurred_at, next_attempt_at, first_attempted_at, lease_owner, created_at, delivered_at, last_status_code";

    /// <summary>One delivery per channel, destination and event: an event the outbox hands over twice fans out once.</summary>
    public static string Enqueue(ISqlDialect dialect) =>
        dialect.InsertIfAbsent(
            "notifications.delivery",
            ["id", "channel", "destination_id", "event_id", "event_type", "payload", "status", "attempts", "occurred_at", "next_attempt_at", "created_at"],
            ["channel", "destination_id", "event_id"]);

    public static string Claim(ISqlDialect dialect) =>
        dialect.ClaimRows(
            table: "notifications.delivery",
            filter: """
                    status = 'pending'
                    AND next_attempt_at <= @now
                    AND (lease_expires_at IS NULL OR lease_expires_at < @now)
                    """,
            orderBy: "next_attempt_at, id",
            limitParameter: "batch_size",
            assignments: "lease_owner = @lease_owner, lease_expires_at = @lease_expires_at");

    public const string SelectClaimed = $"""
        SELECT {Columns}
        FROM notifications.delivery
        WHERE lease_owner = @lease_owner
          AND status = 'pending'
        ORDER BY next_attempt_at, id
        """;

    /// <summary>Only the lease holder settles: a worker whose lease ran out and was taken over writes nothing.</summary>
    public const string Settle = """
        UPDATE notifications.delivery
        SET status = @status,
            attempts = @attempts,
            next_attempt_at = @next_attempt_at,
            first_attempted_at = COALESCE(first_attempted_at, @attempted_at),
            delivered_at = @delivered_at,
            last_status_code = @last_status_code,
            lease_owner = NULL,
            lease_expires_at = NULL
        WHERE id = @id
          AND lease_owner = @lease_owner
        """;

    public const string Release = """
        UPDATE notifications.delivery
        SET lease_owner = NULL, lease_expires_at = NULL
        WHERE id = @id
          AND lease_owner = @lease_owner
        """;

    public static string InsertAttempt(ISqlDialect dialect) =>
        dialect.InsertIfAbsent(
            "notifications.delivery_attempt",
            ["delivery_id", "attempt", "attempted_at", "status_code", "duration_ms", "error", "response_excerpt"],
            ["delivery_id", "attempt"]);

    public const string Select = $"""
        SELECT {Columns}
        FROM notifications.delivery
        WHERE id = @id
        """;

    public const string SelectAttempts = """
        SELECT delivery_id, attempt, attempted_at, status_code, duration_ms, error, response_excerpt
        FROM notifications.delivery_attempt
        WHERE delivery_id = @delivery_id
        ORDER BY attempt
        """;

    /// <summary>Sends a settled delivery again with the same id; its earlier attempts stay in the log.</summary>
    public const string Requeue = """
        UPDATE notifications.delivery
        SET status = 'pending', next_attempt_at = @now, first_attempted_at = NULL, lease_owner = NULL, lease_expires_at = NULL
        WHERE id = @id
          AND status <> 'pending'
        """;

    /// <summary>The window of a replay: what was not delivered to the endpoint since then.</summary>
    public const string RequeueWindow = """
        UPDATE notifications.delivery
        SET status = 'pending', next_attempt_at = @now, first_attempted_at = NULL, lease_owner = NULL, lease_expires_at = NULL
        WHERE destination_id = @destination_id
          AND channel = @channel
          AND created_at >= @since
          AND status IN ('failed', 'will_not_send')
        """;

    /// <summary>An endpoint that is disabled or deleted will not be sent what still waits for it.</summary>
    public const string Abandon = """
        UPDATE notifications.delivery
        SET status = 'will_not_send', lease_owner = NULL, lease_expires_at = NULL
        WHERE destination_id = @destination_id
          AND channel = @channel
          AND status = 'pending'
        """;

    public const string DeleteAttemptsBefore = """
        DELETE FROM notifications.delivery_attempt
        WHERE delivery_id IN (
            SELECT id
            FROM notifications.delivery
            WHERE created_at < @before)
        """;

    public const string DeleteBefore = """
        DELETE FROM notifications.delivery
        WHERE created_at < @before
        """;
}
