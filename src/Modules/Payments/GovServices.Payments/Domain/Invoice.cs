using GovServices.BuildingBlocks.Messaging;

namespace GovServices.Payments.Domain;

/// <summary>One row of <c>payments.invoice</c>.</summary>
internal sealed class Invoice
{
    public Guid Id { get; init; }

    public string PaymentCode { get; init; } = "";

    /// <summary>Whole rupiah.</summary>
    public long Amount { get; init; }

    public string Description { get; init; } = "";

    public string PayerName { get; init; } = "";

    /// <summary>Personal data: masked in every answer.</summary>
    public string? PayerNik { get; init; }

    public string SourceModule { get; init; } = "";

    public string SourceReference { get; init; } = "";

    public DateTimeOffset? DueAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public string Status { get; init; } = InvoiceStatus.Pending;

    public DateTimeOffset CreatedAt { get; init; }

    public string? CreatedByClient { get; init; }

    public DateTimeOffset? PaidAt { get; init; }

    public string? PaidChannel { get; init; }

    public string? BankReference { get; init; }

    public string? ReceiptNumber { get; init; }

    /// <summary>The receipt's verification code: 128 random bits, so receipts cannot be enumerated.</summary>
    public string? ReceiptCode { get; init; }

    /// <summary>Whole rupiah refunded of the invoice's own payment (double payments are refunded separately).</summary>
    public long RefundedAmount { get; init; }

    public DateTimeOffset? CancelledAt { get; init; }

    public string? CancelReason { get; init; }

    public int Version { get; init; }

    /// <summary>The client the asking module named as the invoice's owner (the partner app that applied), if any.</summary>
    public string? OwnerClientId { get; init; }

    /// <summary>The OPD the asking module named as owed, if any.</summary>
    public string? OwnerOpd { get; init; }

    /// <summary>Who the invoice concerns, carried by each of its integration events.</summary>
    public EventAudience Audience => new(OwnerClientId, OwnerOpd);

    /// <summary>True once the invoice was paid, whatever was refunded since.</summary>
    public bool WasPaid => Status is InvoiceStatus.Paid or InvoiceStatus.PartiallyRefunded or InvoiceStatus.Refunded;

    /// <summary>The status a payer sees now: a pending invoice past its expiry is expired, even before the job marks it.</summary>
    public string EffectiveStatus(DateTimeOffset now) =>
        Status == InvoiceStatus.Pending && ExpiresAt <= now ? InvoiceStatus.Expired : Status;
}
