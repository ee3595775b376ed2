using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Payments.Domain;
using Mediator;

namespace GovServices.Payments.Receipts;

/// <param name="Code">The verification code printed on the receipt.</param>
internal sealed record VerifyReceiptQuery(string Code) : IQuery<ReceiptVerification>;

/// <summary>
/// Checks a receipt by its verification code. A code that cannot be one is answered invalid without a query; an
/// unknown one looks the same. A fully refunded receipt is genuine but no longer proves payment: invalid, status refunded.
/// </summary>
internal sealed class VerifyReceiptHandler(IDbConnectionFactory connections) : IQueryHandler<VerifyReceiptQuery, ReceiptVerification>
{
    private static readonly ReceiptVerification Invalid = new(false);

    public async ValueTask<ReceiptVerification> Handle(VerifyReceiptQuery query, CancellationToken cancellationToken)
    {
        if (ReceiptCode.Normalise(query.Code) is not { } code)
            return Invalid;

        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var invoice = await connection.QuerySingleOrDefaultAsync<Invoice>(new CommandDefinition(
            InvoiceSql.SelectByReceiptCode, new { receipt_code = code }, cancellationToken: cancellationToken));
        if (invoice is null || !invoice.WasPaid)
            return Invalid;

        return new ReceiptVerification(
            invoice.Status != InvoiceStatus.Refunded,
            invoice.Status,
            invoice.ReceiptNumber,
            invoice.Amount,
            invoice.PaidAt,
            PayerName.Mask(invoice.PayerName));
    }
}
