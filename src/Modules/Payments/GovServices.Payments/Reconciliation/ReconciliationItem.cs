namespace GovServices.Payments.Reconciliation;

/// <summary>One row of <c>payments.reconciliation_item</c>: an open or resolved discrepancy.</summary>
internal sealed class ReconciliationItem
{
    public Guid Id { get; init; }

    public Guid ReconciliationId { get; init; }

    public string Kind { get; init; } = "";

    public string Channel { get; init; } = "";

    public DateOnly SettlementDate { get; init; }

    public string? BankReference { get; init; }

    public string? VirtualAccountNo { get; init; }

    public Guid? InvoiceId { get; init; }

    public long? BankAmount { get; init; }

    public long? RecordedAmount { get; init; }

    public string Status { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public string? ResolutionNote { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }

    public string? ResolvedBy { get; init; }

    public int Version { get; init; }
}
