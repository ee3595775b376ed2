using System.Security.Cryptography;
using System.Text.Json;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Payments.Domain;
using Mediator;

namespace GovServices.Payments.Reconciliation;

/// <summary>Reconcile a bank's daily settlement file with the payments recorded here.</summary>
/// <param name="Channel">The bank channel (its client id) whose file it is.</param>
/// <param name="SettlementDate">The day the file settles, in the bank's time zone.</param>
/// <param name="Content">The CSV file (see <see cref="SettlementFile"/>).</param>
/// <param name="FileName">The file's name, when given.</param>
internal sealed record UploadSettlementCommand(string Channel, DateOnly SettlementDate, byte[] Content, string? FileName)
    : ICommand<Result<SettlementReconciled>>;

/// <summary>The report, and whether this upload made it (false: the same file was uploaded before).</summary>
internal sealed record SettlementReconciled(ReconciliationReport Report, bool Created);

/// <summary>
/// Matches each settled row with the payment recorded under its bank reference through that channel, then lists the
/// channel's payments of that day that the file lacks. Each discrepancy becomes an item keyed by its kind and
/// reference, inserted only if absent, so the same file uploaded again, or a corrected one, never lists a discrepancy
/// twice; the same file again answers its first report and changes nothing.
/// </summary>
internal sealed class UploadSettlementHandler(IUnitOfWork unitOfWork, IAuditTrail auditTrail, ICurrentActor actor, PaymentsOptions options, TimeProvider clock)
    : ICommandHandler<UploadSettlementCommand, Result<SettlementReconciled>>
{
    public async ValueTask<Result<SettlementReconciled>> Handle(UploadSettlementCommand command, CancellationToken cancellationToken)
    {
        if (!options.Channels.ContainsKey(command.Channel))
            return Error.Unprocessable("unknown_channel", Bilingual.Pick($"'{command.Channel}' is not a configured bank channel.", $"'{command.Channel}' bukan kanal bank yang terdaftar."));

        var fileHash = Convert.ToHexStringLower(SHA256.HashData(command.Content));
        var fileKey = new { channel = command.Channel, settlement_date = command.SettlementDate, file_hash = fileHash };
        var earlier = await unitOfWork.QuerySingleOrDefaultAsync<ReconciliationRun>(ReconciliationSql.SelectRunByFile, fileKey, cancellationToken);
        if (earlier is not null)
            return new SettlementReconciled(await ReportAsync(earlier, cancellationToken), Created: false);

        var (rows, errors) = await SettlementFile.ReadAsync(command.Content, cancellationToken);
        var now = clock.GetUtcNow();
        var (found, matched) = await MatchSettledRowsAsync(command.Channel, rows, cancellationToken);
        found.AddRange(await MissingAtBankAsync(command, rows, cancellationToken));
        var run = NewRun(command, now, rows, errors, found, matched);
        if (!await InsertRunAsync(run, fileHash, cancellationToken))
        {
            // The same file, uploaded at the same moment by another request, committed first: answer its report.
            var winner = await unitOfWork.QuerySingleAsync<ReconciliationRun>(ReconciliationSql.SelectRunByFile, fileKey, cancellationToken);
            return new SettlementReconciled(await ReportAsync(winner, cancellationToken), Created: false);
        }

        await InsertItemsAsync(run, found, cancellationToken);
        await AuditUploadAsync(run, fileHash, cancellationToken);
        return new SettlementReconciled(await ReportAsync(run, cancellationToken), Created: true);
    }

    /// <summary>Each settled row either matches the payment recorded under its bank reference or is a discrepancy.</summary>
    private async Task<(List<Found> Found, int Matched)> MatchSettledRowsAsync(string channel, IReadOnlyList<SettlementRow> rows, CancellationToken cancellationToken)
    {
        var found = new List<Found>();
        var matched = 0;
        foreach (var row in rows)
        {
            var recorded = await RecordedAsync(channel, row.BankReference, cancellationToken);
            if (recorded is null)
            {
                var invoiceId = await unitOfWork.QuerySingleOrDefaultAsync<Guid?>(
                    InvoiceSql.SelectIdByPaymentCode, new { payment_code = row.VirtualAccountNo }, cancellationToken);
                found.Add(new Found(ReconciliationItemKind.BankOnly, row.BankReference, row.VirtualAccountNo, invoiceId, row.Amount, null));
            }
            else if (recorded.Amount != row.Amount)
            {
                found.Add(new Found(ReconciliationItemKind.AmountMismatch, row.BankReference, row.VirtualAccountNo, recorded.InvoiceId, row.Amount, recorded.Amount));
            }
            else
            {
                matched++;
            }
        }

        return (found, matched);
    }

    /// <summary>The channel's payments of the settlement day that the file does not list.</summary>
    private async Task<IEnumerable<Found>> MissingAtBankAsync(UploadSettlementCommand command, IReadOnlyList<SettlementRow> rows, CancellationToken cancellationToken)
    {
        var settled = rows.Select(row => row.BankReference).ToHashSet(StringComparer.Ordinal);
        var (start, end) = options.ChannelDayBounds(command.Channel, command.SettlementDate);
        var paidThatDay = await unitOfWork.QueryAsync<PaidHere>(ReconciliationSql.SelectPaidInWindow, new { channel = command.Channel, start, end }, cancellationToken);
        return paidThatDay
            .Where(paid => !settled.Contains(paid.BankReference))
            .Select(paid => new Found(ReconciliationItemKind.MissingAtBank, paid.BankReference, paid.PaymentCode, paid.InvoiceId, null, paid.Amount));
    }

    private static ReconciliationRun NewRun(
        UploadSettlementCommand command, DateTimeOffset now, IReadOnlyList<SettlementRow> rows, IReadOnlyList<SettlementRowError> errors, List<Found> found, int matched) => new()
    {
        Id = Guid.CreateVersion7(now),
        Channel = command.Channel,
        SettlementDate = command.SettlementDate,
        FileName = command.FileName,
        UploadedAt = now,
        RowsRead = rows.Count + errors.Where(error => error.Row > 1).Select(error => error.Row).Distinct().Count(),
        MatchedCount = matched,
        BankOnlyCount = found.Count(item => item.Kind == ReconciliationItemKind.BankOnly),
        MissingAtBankCount = found.Count(item => item.Kind == ReconciliationItemKind.MissingAtBank),
        AmountMismatchCount = found.Count(item => item.Kind == ReconciliationItemKind.AmountMismatch),
        ErrorCount = errors.Count,
        Errors = JsonSerializer.Serialize(errors, JsonSerializerOptions.Web),
    };

    /// <summary>False when a run of the same file is already there.</summary>
    private async Task<bool> InsertRunAsync(ReconciliationRun run, string fileHash, CancellationToken cancellationToken)
    {
        var inserted = await unitOfWork.ExecuteAsync(
            unitOfWork.Dialect.InsertIfAbsent(ReconciliationSql.RunTable, ReconciliationSql.RunInsertColumns, ReconciliationSql.RunFileKey),
            new
            {
                id = run.Id,
                channel = run.Channel,
                settlement_date = run.SettlementDate,
                file_hash = fileHash,
                file_name = run.FileName,
                uploaded_at = run.UploadedAt,
                uploaded_by = actor.UserId ?? actor.ClientId,
                row_count = run.RowsRead,
                matched_count = run.MatchedCount,
                bank_only_count = run.BankOnlyCount,
                missing_at_bank_count = run.MissingAtBankCount,
                amount_mismatch_count = run.AmountMismatchCount,
                error_count = run.ErrorCount,
                errors = run.Errors,
            },
            cancellationToken);
        return inserted > 0;
    }

    private async Task InsertItemsAsync(ReconciliationRun run, List<Found> found, CancellationToken cancellationToken)
    {
        var insertItem = unitOfWork.Dialect.InsertIfAbsent(ReconciliationSql.ItemTable, ReconciliationSql.ItemColumns, ReconciliationSql.ItemKey);
        foreach (var item in found)
        {
            await unitOfWork.ExecuteAsync(
                insertItem,
                new
                {
                    id = Guid.CreateVersion7(run.UploadedAt),
                    item_key = $"{item.Kind}:{run.Channel}:{item.BankReference}",
                    reconciliation_id = run.Id,
                    kind = item.Kind,
                    channel = run.Channel,
                    settlement_date = run.SettlementDate,
                    bank_reference = item.BankReference,
                    virtual_account_no = item.VirtualAccountNo,
                    invoice_id = item.InvoiceId,
                    bank_amount = item.BankAmount,
                    recorded_amount = item.RecordedAmount,
                    status = "open",
                    created_at = run.UploadedAt,
                    version = 1,
                },
                cancellationToken);
        }
    }

    private Task AuditUploadAsync(ReconciliationRun run, string fileHash, CancellationToken cancellationToken) =>
        auditTrail.RecordAsync(PaymentsModule.Schema, new AuditEvent(
            "reconciliation.uploaded",
            "reconciliation",
            run.Id.ToString(),
            Details: new { run.Channel, run.SettlementDate, fileHash, run.RowsRead, run.MatchedCount, run.BankOnlyCount, run.MissingAtBankCount, run.AmountMismatchCount, run.ErrorCount }),
            cancellationToken);

    private async Task<Recorded?> RecordedAsync(string channel, string bankReference, CancellationToken cancellationToken)
    {
        var parameters = new { channel, bank_reference = bankReference };
        return await unitOfWork.QueryFirstOrDefaultAsync<Recorded>(ReconciliationSql.SelectPaidByBankReference, parameters, cancellationToken)
            ?? await unitOfWork.QueryFirstOrDefaultAsync<Recorded>(ReconciliationSql.SelectDoublePaymentByBankReference, parameters, cancellationToken);
    }

    private async Task<ReconciliationReport> ReportAsync(ReconciliationRun run, CancellationToken cancellationToken)
    {
        var items = await unitOfWork.QueryAsync<ReconciliationItem>(ReconciliationSql.SelectItemsOfRun, new { reconciliation_id = run.Id }, cancellationToken);
        return ReconciliationReport.From(run, items);
    }

    private sealed record Found(string Kind, string BankReference, string? VirtualAccountNo, Guid? InvoiceId, long? BankAmount, long? RecordedAmount);

    private sealed class Recorded
    {
        public Guid InvoiceId { get; init; }

        public long Amount { get; init; }
    }

    private sealed class PaidHere
    {
        public Guid InvoiceId { get; init; }

        public long Amount { get; init; }

        public string BankReference { get; init; } = "";

        public string PaymentCode { get; init; } = "";
    }
}
