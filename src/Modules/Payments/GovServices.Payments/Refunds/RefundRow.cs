namespace GovServices.Payments.Refunds;

/// <summary>One row of <c>payments.refund</c>, as listed.</summary>
internal sealed class RefundRow
{
    public Guid Id { get; init; }

    public string BankReference { get; init; } = "";

    public string Kind { get; init; } = "";

    public long Amount { get; init; }

    public string Reason { get; init; } = "";

    public DateTimeOffset IssuedAt { get; init; }
}
