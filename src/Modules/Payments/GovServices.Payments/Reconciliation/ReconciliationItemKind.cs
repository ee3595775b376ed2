namespace GovServices.Payments.Reconciliation;

/// <summary>What a reconciliation found wrong; stored as text.</summary>
internal static class ReconciliationItemKind
{
    /// <summary>The bank settled a payment that is not recorded here (no paid invoice or double payment with its reference).</summary>
    public const string BankOnly = "bank_only";

    /// <summary>An invoice is paid here through the channel on that day, but the bank's file does not have it.</summary>
    public const string MissingAtBank = "missing_at_bank";

    /// <summary>Both have the payment, with different amounts.</summary>
    public const string AmountMismatch = "amount_mismatch";
}
