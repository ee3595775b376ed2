using GovServices.BuildingBlocks.Data;

namespace GovServices.BuildingBlocks.Messaging;

/// <summary>The outbox's and inbox's SQL, for a given module schema. Kept in one place so tests can parse it.</summary>
internal static class OutboxSql
{
    public static string Enqueue(string schema) =>
        $"""
        INSERT INTO "{schema}".outbox_message (id, message_type, payload, occurred_at, trace_parent, attempts, next_attempt_at)
        VALUES (@id, @message_type, @payload, @occurred_at, @trace_parent, 0, @occurred_at)
        """;

    public static string Claim(string schema, ISqlDialect dialect) =>
        dialect.ClaimRows(
            table: $"\"{schema}\".outbox_message",
            filter: """
                    processed_at IS NULL
                    AND poisoned_at IS NULL
                    AND next_attempt_at <= @now
                    AND (lease_expires_at IS NULL OR lease_expires_at < @now)
                    """,
            orderBy: "occurred_at, id",
            limitParameter: "batch_size",
            assignments: "lease_owner = @lease_owner, lease_expires_at = @lease_expires_at");

    public static string SelectClaimed(string schema) =>
        $"""
        SELECT id, message_type, payload, occurred_at, attempts
        FROM "{schema}".outbox_message
        WHERE lease_owner = @lease_owner
          AND processed_at IS NULL
        ORDER BY occurred_at, id
        """;

    public static string MarkProcessed(string schema) =>
        $"""
        UPDATE "{schema}".outbox_message
        SET processed_at = @now, attempts = attempts + 1, lease_owner = NULL, lease_expires_at = NULL, last_error = NULL
        WHERE id = @id
          AND lease_owner = @lease_owner
        """;

    /// <summary>Hands back what a stopping dispatcher claimed and did not settle.</summary>
    public static string ReleaseLeases(string schema) =>
        $"""
        UPDATE "{schema}".outbox_message
        SET lease_owner = NULL, lease_expires_at = NULL
        WHERE lease_owner = @lease_owner
          AND processed_at IS NULL
        """;

    public static string RecordFailure(string schema) =>
        $"""
        UPDATE "{schema}".outbox_message
        SET attempts = @attempts,
            next_attempt_at = @next_attempt_at,
            poisoned_at = @poisoned_at,
            last_error = @last_error,
            lease_owner = NULL,
            lease_expires_at = NULL
        WHERE id = @id
          AND lease_owner = @lease_owner
        """;

    public static string RecordDelivery(string subscriberSchema, ISqlDialect dialect) =>
        dialect.InsertIfAbsent(
            $"\"{subscriberSchema}\".inbox_message",
            ["message_id", "consumer", "handled_at"],
            ["message_id", "consumer"]);

    /// <summary>What still waits for delivery; the same condition as the pending-message index, so the index answers it.</summary>
    public static string SelectPending(string schema) =>
        $"""
        SELECT COUNT(*) AS pending, MIN(occurred_at) AS oldest_occurred_at
        FROM "{schema}".outbox_message
        WHERE processed_at IS NULL
          AND poisoned_at IS NULL
        """;

    public static string CountPoisoned(string schema) =>
        $"""
        SELECT COUNT(*)
        FROM "{schema}".outbox_message
        WHERE poisoned_at IS NOT NULL
        """;
}
