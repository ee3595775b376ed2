using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.Payments.Contracts;
using GovServices.Payments.Domain;

namespace GovServices.Payments.Notices;

/// <summary><see cref="IInvoiceNotices"/> in the caller's unit of work (the receipt read audited as <c>invoice.receipt_read</c>).</summary>
internal sealed class InvoiceNotices(IUnitOfWork unitOfWork, IAuditTrail auditTrail) : IInvoiceNotices
{
    public async Task<InvoiceReceiptNotice?> FindReceiptAsync(Guid invoiceId, string purpose, CancellationToken cancellationToken = default)
    {
        var row = await unitOfWork.QuerySingleOrDefaultAsync<ReceiptRow>(InvoiceNoticesSql.SelectReceipt, new { id = invoiceId }, cancellationToken);
        if (row is null)
            return null;
        await auditTrail.RecordAsync(
            PaymentsModule.Schema, new AuditEvent("invoice.receipt_read", "invoice", invoiceId.ToString(), Details: new { purpose }), cancellationToken);
        return new InvoiceReceiptNotice(
            row.SourceModule, row.SourceReference, row.Amount, row.ReceiptNumber,
            row.ReceiptCode is { } code ? PaymentsApiPaths.Group + PaymentsApiPaths.VerifyReceipt.Replace("{code}", code, StringComparison.Ordinal) : null);
    }

    public async Task<IReadOnlyList<ExpiringInvoice>> ListExpiringAsync(DateTimeOffset from, DateTimeOffset until, int limit, CancellationToken cancellationToken = default)
    {
        var rows = await unitOfWork.QueryAsync<ExpiringRow>(
            InvoiceNoticesSql.SelectExpiring(unitOfWork.Dialect), new { from, until, status = InvoiceStatus.Pending, limit }, cancellationToken);
        return [.. rows.Select(row => new ExpiringInvoice(row.Id, row.SourceModule, row.SourceReference, row.Amount, row.PaymentCode, row.ExpiresAt))];
    }

    private sealed class ReceiptRow
    {
        public string SourceModule { get; init; } = "";

        public string SourceReference { get; init; } = "";

        public long Amount { get; init; }

        public string? ReceiptNumber { get; init; }

        public string? ReceiptCode { get; init; }
    }

    private sealed class ExpiringRow
    {
        public Guid Id { get; init; }

        public string SourceModule { get; init; } = "";

        public string SourceReference { get; init; } = "";

        public long Amount { get; init; }

        public string PaymentCode { get; init; } = "";

        public DateTimeOffset ExpiresAt { get; init; }
    }
}
