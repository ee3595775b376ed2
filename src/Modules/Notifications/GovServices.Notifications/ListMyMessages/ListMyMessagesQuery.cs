using System.Text;
using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Notifications.Messages;
using Mediator;

namespace GovServices.Notifications.ListMyMessages;

/// <summary>The signed-in person's in-app inbox, newest first; one page at a time.</summary>
/// <param name="Unread">Only the messages not yet marked read.</param>
/// <param name="Limit">The page size (<see cref="PageRequest"/>).</param>
/// <param name="Cursor">The previous page's cursor.</param>
internal sealed record ListMyMessagesQuery(bool? Unread = null, int? Limit = null, string? Cursor = null) : IQuery<Result<CursorPage<MyMessage>>>;

internal sealed class ListMyMessagesHandler(IDbConnectionFactory connections, ISqlDialect dialect, ICurrentActor actor)
    : IQueryHandler<ListMyMessagesQuery, Result<CursorPage<MyMessage>>>
{
    public async ValueTask<Result<CursorPage<MyMessage>>> Handle(ListMyMessagesQuery query, CancellationToken cancellationToken)
    {
        var request = PageRequest.Of(query.Limit, query.Cursor);
        if (actor.UserId is not { } userId)
            return new CursorPage<MyMessage>([], null);

        var sql = new StringBuilder($"SELECT {MessageSql.Columns}\nFROM notifications.message\nWHERE user_id = @user_id\n  AND channel = 'inbox'");
        var parameters = new DynamicParameters(new { user_id = userId, limit = request.Limit + 1 });
        if (query.Unread == true)
            sql.Append("\n  AND read_at IS NULL");
        if (KeysetCursor.Of(request.After) is { } after)
        {
            // Within one person's inbox the event id is unique (the message's key), so it breaks ties of created_at.
            sql.Append("\n  AND (created_at < @after_time OR (created_at = @after_time AND event_id < @after_id))");
            parameters.Add("after_time", after.Time);
            parameters.Add("after_id", after.Id);
        }

        sql.Append("\nORDER BY created_at DESC, event_id DESC\n").Append(dialect.Limit("limit"));
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<MessageRow>(new CommandDefinition(sql.ToString(), parameters, cancellationToken: cancellationToken))).ToList();
        var page = request.ToPage(rows, row => new KeysetCursor(row.CreatedAt, row.EventId).ToSortKey());
        return new CursorPage<MyMessage>(
            [.. page.Items.Select(row => new MyMessage(row.Id, row.Subject, row.Body, row.Link, row.TemplateId, row.TemplateVersion, row.CreatedAt, row.ReadAt))],
            page.NextCursor);
    }
}
