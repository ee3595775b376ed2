using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Payments.Domain;
using Mediator;

namespace GovServices.Payments.Receipts;

/// <param name="Number">The receipt number.</param>
internal sealed record GetReceiptQuery(string Number) : IQuery<Result<ReceiptView>>;

/// <summary>The receipt of a paid invoice, for those <see cref="InvoiceAccess"/> lets see the invoice; others get 404.</summary>
internal sealed class GetReceiptHandler(IDbConnectionFactory connections, InvoiceAccess access, PayerDisclosure disclosure)
    : IQueryHandler<GetReceiptQuery, Result<ReceiptView>>
{
    public async ValueTask<Result<ReceiptView>> Handle(GetReceiptQuery query, CancellationToken cancellationToken)
    {
        var number = query.Number.Trim().ToUpperInvariant();
        Invoice? invoice = null;
        if (number.Length <= 40)
        {
            await using var connection = await connections.OpenConnectionAsync(cancellationToken);
            invoice = await connection.QuerySingleOrDefaultAsync<Invoice>(new CommandDefinition(
                InvoiceSql.SelectByReceiptNumber, new { receipt_number = number }, cancellationToken: cancellationToken));
        }

        if (invoice is null || !invoice.WasPaid || invoice.ReceiptCode is null || !access.MaySee(invoice))
            return Error.NotFound("receipt_not_found", Bilingual.Pick("There is no such receipt.", "Kuitansi tidak ditemukan."));

        await disclosure.RecordReceiptReadAsync(invoice, "receipt.read", cancellationToken);
        return ReceiptView.From(invoice);
    }
}
