namespace GovServices.Payments.Reconciliation;

/// <summary>One row of <c>payments.reconciliation</c>: an uploaded settlement file and what it showed.</summary>
internal sealed class ReconciliationRun
{
    public Guid Id { get; init; }

    public string Channel { get; init; } = "";

    public DateOnly SettlementDate { get; init; }

    public string? FileName { get; init; }

    public DateTimeOffset UploadedAt { get; init; }

    public int RowsRead { get; init; }

    public int MatchedCount { get; init; }

    public int BankOnlyCount { get; init; }

    public int MissingAtBankCount { get; init; }

    public int AmountMismatchCount { get; init; }

    public int ErrorCount { get; init; }

    public string Errors { get; init; } = "[]";
}
