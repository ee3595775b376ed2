using Dapper;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Http;

namespace GovServices.Audit.SearchEvents;

/// <summary>The search of one audited table through its declared columns, newest first.</summary>
internal static class AuditEventSql
{
    public static (string Sql, DynamicParameters Parameters) Search(
        AuditedTable table, ISqlDialect dialect, AuditEventFilter filter, KeysetCursor? after, int limit)
    {
        var columns = table.Columns;
        var conditions = new List<string>();
        var parameters = new DynamicParameters(new { limit });
        void Where(string condition, string name, object? value)
        {
            conditions.Add(condition);
            parameters.Add(name, value);
        }

        if (filter.From is { } from)
            Where("occurred_at >= @from", "from", from);
        if (filter.Until is { } until)
            Where("occurred_at < @until", "until", until);
        if (filter.ClientId is not null)
            Where($"{columns.ActorClientId} = @client_id", "client_id", filter.ClientId);
        if (filter.UserId is not null)
            Where($"{columns.ActorUserId} = @user_id", "user_id", filter.UserId);
        if (filter.Subject is not null)
            Where($"{columns.Subject} = @subject", "subject", filter.Subject);
        if (filter.Action is not null)
            Where($"{columns.Action} = @action", "action", filter.Action);
        if (filter.Outcome is not null)
            Where($"{columns.Outcome} = @outcome", "outcome", filter.Outcome);
        if (after is { } cursor)
        {
            Where("(occurred_at < @after_occurred_at OR (occurred_at = @after_occurred_at AND id < @after_id))", "after_occurred_at", cursor.Time);
            parameters.Add("after_id", cursor.Id);
        }

        var sql =
            $"""
            SELECT id,
                   occurred_at,
                   {columns.ActorClientId} AS actor_client_id,
                   {columns.ActorUserId} AS actor_user_id,
                   {columns.Action} AS action,
                   {columns.EntityType ?? "NULL"} AS entity_type,
                   {columns.Subject} AS subject,
                   {columns.Outcome} AS outcome,
                   {columns.Purpose ?? "NULL"} AS purpose,
                   {columns.Details ?? "NULL"} AS details,
                   {columns.TraceId ?? "NULL"} AS trace_id
            FROM "{table.Schema}".{table.Table}
            {(conditions.Count == 0 ? "" : "WHERE " + string.Join(Environment.NewLine + "  AND ", conditions))}
            ORDER BY occurred_at DESC, id DESC
            {dialect.Limit("limit")}
            """;
        return (sql, parameters);
    }
}
