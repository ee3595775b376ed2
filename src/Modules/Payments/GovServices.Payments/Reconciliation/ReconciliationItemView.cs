namespace GovServices.Payments.Reconciliation;

/// <summary>A discrepancy between the bank's settlement file and the payments recorded here.</summary>
/// <param name="Id">The item.</param>
/// <param name="ReconciliationId">The upload that found it first.</param>
/// <param name="Kind">bank_only (paid at the bank, unknown here), missing_at_bank (recorded here, not in the bank's file) or amount_mismatch.</param>
/// <param name="Channel">The bank channel.</param>
/// <param name="SettlementDate">The settlement day of the file, in the bank's time zone.</param>
/// <param name="BankReference">The bank's reference of the payment.</param>
/// <param name="VirtualAccountNo">The paid code, as the bank has it.</param>
/// <param name="InvoiceId">The invoice concerned, when one is known.</param>
/// <param name="BankAmount">Whole rupiah in the bank's file.</param>
/// <param name="RecordedAmount">Whole rupiah recorded here.</param>
/// <param name="Status">open until an officer resolves it; then resolved.</param>
/// <param name="CreatedAt">When it was found.</param>
/// <param name="ResolutionNote">What the officer found and did.</param>
/// <param name="ResolvedAt">When it was resolved.</param>
/// <param name="ResolvedBy">Who resolved it (user or client id).</param>
/// <param name="Version">The ETag's value, for If-Match when resolving.</param>
internal sealed record ReconciliationItemView(
    Guid Id,
    Guid ReconciliationId,
    string Kind,
    string Channel,
    DateOnly SettlementDate,
    string? BankReference,
    string? VirtualAccountNo,
    Guid? InvoiceId,
    long? BankAmount,
    long? RecordedAmount,
    string Status,
    DateTimeOffset CreatedAt,
    string? ResolutionNote,
    DateTimeOffset? ResolvedAt,
    string? ResolvedBy,
    int Version)
{
    public static ReconciliationItemView From(ReconciliationItem item) => new(
        item.Id, item.ReconciliationId, item.Kind, item.Channel, item.SettlementDate, item.BankReference, item.VirtualAccountNo,
        item.InvoiceId, item.BankAmount, item.RecordedAmount, item.Status, item.CreatedAt, item.ResolutionNote, item.ResolvedAt,
        item.ResolvedBy, item.Version);
}
