using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Notifications.Webhooks;
using Mediator;

namespace GovServices.Notifications.ListWebhooks;

/// <summary>The endpoints the caller manages (admins: all), newest first, one page at a time.</summary>
/// <param name="Limit">The page size (<see cref="PageRequest"/>).</param>
/// <param name="Cursor">The previous page's cursor: a <see cref="KeysetCursor"/>.</param>
internal sealed record ListWebhooksQuery(int? Limit = null, string? Cursor = null) : IQuery<Result<CursorPage<WebhookEndpointDetails>>>;

internal sealed class ListWebhooksHandler(IDbConnectionFactory connections, ISqlDialect dialect, ICurrentActor actor)
    : IQueryHandler<ListWebhooksQuery, Result<CursorPage<WebhookEndpointDetails>>>
{
    public async ValueTask<Result<CursorPage<WebhookEndpointDetails>>> Handle(ListWebhooksQuery query, CancellationToken cancellationToken)
    {
        var request = PageRequest.Of(query.Limit, query.Cursor);
        var conditions = new List<string>();
        var parameters = new DynamicParameters(new { limit = request.Limit + 1 });
        if (!WebhookEndpointAccess.IsAdmin(actor))
        {
            if (WebhookEndpointAccess.PersonOf(actor) is { } person)
            {
                conditions.Add("owner_user_id = @owner_user_id");
                parameters.Add("owner_user_id", person);
            }
            else
            {
                conditions.Add("owner_client_id = @owner_client_id AND owner_user_id IS NULL");
                parameters.Add("owner_client_id", actor.ClientId);
            }
        }

        if (KeysetCursor.Of(request.After) is { } after)
        {
            conditions.Add("(created_at < @after_time OR (created_at = @after_time AND id < @after_id))");
            parameters.Add("after_time", after.Time);
            parameters.Add("after_id", after.Id);
        }

        var sql = $"""
            SELECT {WebhookEndpointSql.Columns}
            FROM notifications.webhook_endpoint
            {(conditions.Count == 0 ? "" : "WHERE " + string.Join("\n  AND ", conditions))}
            ORDER BY created_at DESC, id DESC
            {dialect.Limit("limit")}
            """;
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<WebhookEndpointRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).ToList();
        var page = request.ToPage(rows, row => new KeysetCursor(row.CreatedAt, row.Id).ToSortKey());
        return new CursorPage<WebhookEndpointDetails>([.. page.Items.Select(row => WebhookEndpointDetails.From(row))], page.NextCursor);
    }
}
