using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;
using Mediator;

namespace GovServices.Payments.Reconciliation;

/// <param name="Status">open (the default) or resolved.</param>
/// <param name="Page">The page asked for; the cursor is the last item's id.</param>
internal sealed record ListReconciliationItemsQuery(string Status, PageRequest Page) : IQuery<Result<CursorPage<ReconciliationItemView>>>;

/// <summary>Discrepancies in the order they were found (ids are UUIDv7), a page at a time.</summary>
internal sealed class ListReconciliationItemsHandler(IDbConnectionFactory connections)
    : IQueryHandler<ListReconciliationItemsQuery, Result<CursorPage<ReconciliationItemView>>>
{
    public async ValueTask<Result<CursorPage<ReconciliationItemView>>> Handle(ListReconciliationItemsQuery query, CancellationToken cancellationToken)
    {
        if (query.Status is not ("open" or "resolved"))
            return Invalid("status", Bilingual.Pick("The status is open or resolved.", "Status adalah open atau resolved."));
        Guid? after = null;
        if (query.Page.After is not null)
        {
            if (!Guid.TryParse(query.Page.After, out var cursor))
                return Invalid("cursor", Bilingual.Pick("The cursor is not one this API issued.", "Kursor tidak dikenal."));
            after = cursor;
        }

        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ReconciliationItem>(new CommandDefinition(
            ReconciliationSql.SelectItemsPage(connections.Dialect, after is not null),
            new { status = query.Status, after, limit = query.Page.Limit + 1 },
            cancellationToken: cancellationToken));
        return query.Page.ToPage(rows.Select(ReconciliationItemView.From).ToList(), item => item.Id.ToString());
    }

    private static Error Invalid(string field, string message) =>
        new("validation_failed", message, ErrorKind.Validation, new Dictionary<string, string[]> { [field] = [message] });
}
