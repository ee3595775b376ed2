using System.Text.Json;

namespace GovServices.Payments.Reconciliation;

/// <summary>What one settlement file showed against the payments recorded here.</summary>
/// <param name="Id">The reconciliation (upload).</param>
/// <param name="Channel">The bank channel.</param>
/// <param name="SettlementDate">The settlement day, in the bank's time zone.</param>
/// <param name="FileName">The uploaded file's name, when given.</param>
/// <param name="UploadedAt">When it was uploaded first.</param>
/// <param name="Rows">Data rows read (without the header, with the bad ones).</param>
/// <param name="Matched">Rows whose payment is recorded here with the same amount.</param>
/// <param name="BankOnly">Rows paid at the bank but unknown here.</param>
/// <param name="MissingAtBank">Payments recorded here on that day through that channel but missing from the file.</param>
/// <param name="AmountMismatches">Rows whose payment is recorded here with another amount.</param>
/// <param name="Errors">The rows that could not be read, one problem each; they were left out.</param>
/// <param name="Items">The discrepancies this upload found first; they stay open until an officer resolves them.</param>
internal sealed record ReconciliationReport(
    Guid Id,
    string Channel,
    DateOnly SettlementDate,
    string? FileName,
    DateTimeOffset UploadedAt,
    int Rows,
    int Matched,
    int BankOnly,
    int MissingAtBank,
    int AmountMismatches,
    IReadOnlyList<SettlementRowError> Errors,
    IReadOnlyList<ReconciliationItemView> Items)
{
    public static ReconciliationReport From(ReconciliationRun run, IEnumerable<ReconciliationItem> items) => new(
        run.Id,
        run.Channel,
        run.SettlementDate,
        run.FileName,
        run.UploadedAt,
        run.RowsRead,
        run.MatchedCount,
        run.BankOnlyCount,
        run.MissingAtBankCount,
        run.AmountMismatchCount,
        JsonSerializer.Deserialize<List<SettlementRowError>>(run.Errors, JsonSerializerOptions.Web) ?? [],
        [.. items.Select(ReconciliationItemView.From)]);
}
