namespace GovServices.BuildingBlocks.Auditing;

internal static class AuditSql
{
    public static string Insert(string schema) =>
        $"""
        INSERT INTO "{schema}".audit_log (id, occurred_at, actor_client_id, actor_user_id, action, entity_type, entity_id, outcome, details, trace_id)
        VALUES (@id, @occurred_at, @actor_client_id, @actor_user_id, @action, @entity_type, @entity_id, @outcome, @details, @trace_id)
        """;
}
