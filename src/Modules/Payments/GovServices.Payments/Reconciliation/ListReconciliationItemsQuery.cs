using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Http;
using Mediator;

namespace GovServices.Payments.Reconciliation;

/// <param name="Status">open (the default) or resolved.</param>
/// <param name="Limit">The page size (<see cref="PageRequest"/>).</param>
/// <param name="Cursor">The previous page's cursor: a <see cref="KeysetCursor"/> of the last item's time and id.</param>
internal sealed record ListReconciliationItemsQuery(string Status, int? Limit = null, string? Cursor = null) : IQuery<Result<CursorPage<ReconciliationItemView>>>;

/// <summary>Discrepancies in the order they were found (their time, then id), a page at a time.</summary>
internal sealed class ListReconciliationItemsHandler(IDbConnectionFactory connections)
    : IQueryHandler<ListReconciliationItemsQuery, Result<CursorPage<ReconciliationItemView>>>
{
    public async ValueTask<Result<CursorPage<ReconciliationItemView>>> Handle(ListReconciliationItemsQuery query, CancellationToken cancellationToken)
    {
        var page = PageRequest.Of(query.Limit, query.Cursor);
        var after = KeysetCursor.Of(page.After);

        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ReconciliationItem>(new CommandDefinition(
            ReconciliationSql.SelectItemsPage(connections.Dialect, after is not null),
            new { status = query.Status, after_at = after?.Time, after_id = after?.Id, limit = page.Limit + 1 },
            cancellationToken: cancellationToken));
        return page.ToPage(rows.Select(ReconciliationItemView.From).ToList(), item => new KeysetCursor(item.CreatedAt, item.Id).ToSortKey());
    }
}
