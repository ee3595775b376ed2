using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Payments.Domain;
using Mediator;

namespace GovServices.Payments.Refunds;

/// <param name="InvoiceId">The invoice.</param>
/// <param name="Limit">The page size (<see cref="PageRequest"/>).</param>
/// <param name="Cursor">The previous page's cursor: a <see cref="KeysetCursor"/> of the last refund's time and id.</param>
internal sealed record ListRefundsQuery(Guid InvoiceId, int? Limit = null, string? Cursor = null) : IQuery<Result<CursorPage<InvoiceRefundView>>>;

/// <summary>An invoice's refunds, oldest first, for those <see cref="InvoiceAccess.MaySeeRefunds"/> lets see them; others get 404.</summary>
internal sealed class ListRefundsHandler(IDbConnectionFactory connections, InvoiceAccess access)
    : IQueryHandler<ListRefundsQuery, Result<CursorPage<InvoiceRefundView>>>
{
    public async ValueTask<Result<CursorPage<InvoiceRefundView>>> Handle(ListRefundsQuery query, CancellationToken cancellationToken)
    {
        var page = PageRequest.Of(query.Limit, query.Cursor);
        var after = KeysetCursor.Of(page.After);

        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var invoice = await connection.QuerySingleOrDefaultAsync<Invoice>(new CommandDefinition(
            InvoiceSql.SelectById, new { id = query.InvoiceId }, cancellationToken: cancellationToken));
        if (invoice is null || !access.MaySeeRefunds(invoice))
            return Error.NotFound("invoice_not_found", Bilingual.Pick("There is no such invoice.", "Tagihan tidak ditemukan."));

        var rows = await connection.QueryAsync<RefundRow>(new CommandDefinition(
            RefundSql.SelectPage(connections.Dialect, after is not null),
            new { invoice_id = query.InvoiceId, after_at = after?.Time, after_id = after?.Id, limit = page.Limit + 1 },
            cancellationToken: cancellationToken));
        return page.ToPage(rows.Select(InvoiceRefundView.From).ToList(), refund => new KeysetCursor(refund.IssuedAt, refund.Id).ToSortKey());
    }
}
