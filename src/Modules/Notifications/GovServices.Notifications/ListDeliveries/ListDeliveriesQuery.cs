using System.Text;
using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Notifications.Delivery;
using GovServices.Notifications.Webhooks;
using Mediator;

namespace GovServices.Notifications.ListDeliveries;

/// <summary>An endpoint's delivery log, newest first, optionally of one status; one page at a time.</summary>
/// <param name="EndpointId">The endpoint whose log is read.</param>
/// <param name="Status">Only deliveries in this status.</param>
/// <param name="Limit">The page size (<see cref="PageRequest"/>).</param>
/// <param name="Cursor">The previous page's cursor: a <see cref="KeysetCursor"/>.</param>
internal sealed record ListDeliveriesQuery(Guid EndpointId, string? Status = null, int? Limit = null, string? Cursor = null) : IQuery<Result<CursorPage<DeliverySummary>>>;

internal sealed class ListDeliveriesHandler(IDbConnectionFactory connections, ISqlDialect dialect, ICurrentActor actor)
    : IQueryHandler<ListDeliveriesQuery, Result<CursorPage<DeliverySummary>>>
{
    public async ValueTask<Result<CursorPage<DeliverySummary>>> Handle(ListDeliveriesQuery query, CancellationToken cancellationToken)
    {
        var request = PageRequest.Of(query.Limit, query.Cursor);
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var endpoint = await connection.QuerySingleOrDefaultAsync<WebhookEndpointRow>(new CommandDefinition(
            WebhookEndpointSql.Select, new { id = query.EndpointId }, cancellationToken: cancellationToken));
        if (endpoint is null || !WebhookEndpointAccess.MayManage(actor, endpoint))
            return WebhookEndpointAccess.NotFound(query.EndpointId);

        var sql = new StringBuilder($"SELECT {DeliverySql.Columns}\nFROM notifications.delivery\nWHERE destination_id = @destination_id\n  AND channel = @channel");
        var parameters = new DynamicParameters(new { destination_id = endpoint.Id, channel = DeliveryStatus.WebhookChannel, limit = request.Limit + 1 });
        if (query.Status is not null)
        {
            sql.Append("\n  AND status = @status");
            parameters.Add("status", query.Status);
        }

        if (KeysetCursor.Of(request.After) is { } after)
        {
            // Within one destination the event id is unique (the delivery's key), so it breaks ties of created_at.
            sql.Append("\n  AND (created_at < @after_time OR (created_at = @after_time AND event_id < @after_id))");
            parameters.Add("after_time", after.Time);
            parameters.Add("after_id", after.Id);
        }

        sql.Append("\nORDER BY created_at DESC, event_id DESC\n").Append(dialect.Limit("limit"));
        var rows = (await connection.QueryAsync<DeliveryRow>(new CommandDefinition(sql.ToString(), parameters, cancellationToken: cancellationToken))).ToList();
        var page = request.ToPage(rows, row => new KeysetCursor(row.CreatedAt, row.EventId).ToSortKey());
        return new CursorPage<DeliverySummary>([.. page.Items.Select(DeliverySummary.From)], page.NextCursor);
    }
}
