using GovServices.BuildingBlocks.Data;

namespace GovServices.BuildingBlocks.Http.Idempotency;

internal static class IdempotencySql
{
    public static string DeleteExpiredKey(string schema) =>
        $"""
        DELETE FROM "{schema}".idempotency_record
        WHERE client_id = @client_id
          AND idempotency_key = @idempotency_key
          AND expires_at <= @now
        """;

    public static string Reserve(string schema, ISqlDialect dialect) =>
        dialect.InsertIfAbsent(
            $"\"{schema}\".idempotency_record",
            ["client_id", "idempotency_key", "request_hash", "status_code", "response_headers", "created_at", "expires_at"],
            ["client_id", "idempotency_key"]);

    public static string Select(string schema) =>
        $"""
        SELECT request_hash, status_code, response_body, response_headers
        FROM "{schema}".idempotency_record
        WHERE client_id = @client_id
          AND idempotency_key = @idempotency_key
        """;

    public static string StoreResponse(string schema) =>
        $"""
        UPDATE "{schema}".idempotency_record
        SET status_code = @status_code, response_body = @response_body, response_headers = @response_headers
        WHERE client_id = @client_id
          AND idempotency_key = @idempotency_key
        """;

    public static string DeleteExpired(string schema) =>
        $"""
        DELETE FROM "{schema}".idempotency_record
        WHERE expires_at <= @now
        """;
}
