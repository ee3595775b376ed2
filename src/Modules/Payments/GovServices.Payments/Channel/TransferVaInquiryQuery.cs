using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Payments.Domain;
using Mediator;

namespace GovServices.Payments.Channel;

/// <summary>SNAP's virtual-account inquiry: the bank asks what a payment code is for before the payer pays.</summary>
/// <param name="PartnerServiceId">SNAP's institution id, padded; not needed here.</param>
/// <param name="CustomerNo">SNAP's customer number; not needed here.</param>
/// <param name="VirtualAccountNo">The payment code (spaces are ignored).</param>
/// <param name="InquiryRequestId">The bank's id of this inquiry, echoed back.</param>
internal sealed record TransferVaInquiryRequest(
    string? PartnerServiceId,
    string? CustomerNo,
    string? VirtualAccountNo,
    string? InquiryRequestId);

/// <summary>What the bank shows the payer before they pay.</summary>
internal sealed record InquiryVirtualAccountData(
    string VirtualAccountNo,
    string VirtualAccountName,
    string? InquiryRequestId,
    SnapAmount TotalAmount,
    InquiryAdditionalInfo AdditionalInfo);

/// <summary>What the invoice is for and until when it can be paid.</summary>
internal sealed record InquiryAdditionalInfo(string Description, DateTimeOffset ExpiresAt);

internal sealed record TransferVaInquiryQuery(TransferVaInquiryRequest Request) : IQuery<SnapAnswer>;

internal sealed class TransferVaInquiryHandler(IDbConnectionFactory connections, PayerDisclosure disclosure, TimeProvider clock)
    : IQueryHandler<TransferVaInquiryQuery, SnapAnswer>
{
    private const string Service = SnapResponseCode.InquiryService;

    public async ValueTask<SnapAnswer> Handle(TransferVaInquiryQuery query, CancellationToken cancellationToken)
    {
        var request = query.Request;
        if (string.IsNullOrWhiteSpace(request.VirtualAccountNo))
            return SnapAnswer.Of(SnapResponseCode.InvalidMandatoryField.With("virtualAccountNo"), Service);
        var code = PaymentCodes.Normalise(request.VirtualAccountNo);
        if (!PaymentCode.HasValidCheckDigit(code) && !PaymentCode.HasLegacyLuhnCheckDigit(code))
            return SnapAnswer.Of(SnapResponseCode.BillNotFound, Service);

        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var invoice = await connection.QuerySingleOrDefaultAsync<Invoice>(new CommandDefinition(
            InvoiceSql.SelectByPaymentCode, new { payment_code = code }, cancellationToken: cancellationToken));
        if (invoice is null)
            return SnapAnswer.Of(SnapResponseCode.BillNotFound, Service);

        var status = invoice.EffectiveStatus(clock.GetUtcNow());
        if (status != InvoiceStatus.Pending)
        {
            return SnapAnswer.Of(
                status switch
                {
                    InvoiceStatus.Expired => SnapResponseCode.BillExpired,
                    InvoiceStatus.Cancelled => SnapResponseCode.BillCancelled,
                    _ => SnapResponseCode.PaidBill,
                },
                Service);
        }

        // Only a payable bill's answer carries the payer's name to the bank.
        await disclosure.RecordBankInquiryAsync(invoice, "transfer_va.inquiry", cancellationToken);
        return SnapAnswer.Of(SnapResponseCode.Successful, Service, new InquiryVirtualAccountData(
            request.VirtualAccountNo,
            invoice.PayerName,
            request.InquiryRequestId,
            SnapAmount.FromRupiah(invoice.Amount),
            new InquiryAdditionalInfo(invoice.Description, invoice.ExpiresAt)));
    }
}
