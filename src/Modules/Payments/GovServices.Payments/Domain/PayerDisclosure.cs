using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;

namespace GovServices.Payments.Domain;

/// <summary>
/// Invoices and receipts show the payer's name and masked NIK, and the bank's inquiry sends the payer's name to the
/// bank. A read by anyone but the payer — officers' systems, the issuing client, the bank — is audited before the data
/// leaves (issue 9); the payer reading their own is not.
/// </summary>
internal sealed class PayerDisclosure(InvoiceAccess access, IUnitOfWork unitOfWork, IAuditTrail auditTrail)
{
    /// <summary>Records, in its own transaction and before the answer is sent, that someone other than the payer was shown the invoice's payer.</summary>
    public Task RecordInvoiceReadAsync(Invoice invoice, string purpose, CancellationToken cancellationToken) =>
        access.IsPayer(invoice) ? Task.CompletedTask : RecordAsync(invoice, "invoice.payer_viewed", purpose, cancellationToken);

    /// <summary>Records, in its own transaction and before the answer is sent, that someone other than the payer was shown the receipt's payer.</summary>
    public Task RecordReceiptReadAsync(Invoice invoice, string purpose, CancellationToken cancellationToken) =>
        access.IsPayer(invoice) ? Task.CompletedTask : RecordAsync(invoice, "receipt.payer_viewed", purpose, cancellationToken);

    /// <summary>Records, in its own transaction and before the answer is sent, that the payer's name went to the bank.</summary>
    public Task RecordBankInquiryAsync(Invoice invoice, string purpose, CancellationToken cancellationToken) =>
        RecordAsync(invoice, "invoice.inquired_by_bank", purpose, cancellationToken);

    private async Task RecordAsync(Invoice invoice, string action, string purpose, CancellationToken cancellationToken)
    {
        var ownTransaction = !unitOfWork.IsActive;
        if (ownTransaction)
            await unitOfWork.BeginAsync(cancellationToken);
        try
        {
            await auditTrail.RecordAsync(
                PaymentsModule.Schema,
                new AuditEvent(action, "invoice", invoice.Id.ToString(), Details: new { purpose }),
                cancellationToken);

            if (ownTransaction)
                await unitOfWork.CommitAsync(cancellationToken);
        }
        catch
        {
            if (ownTransaction)
                await unitOfWork.RollbackAsync(CancellationToken.None);
            throw;
        }
    }
}
