using System.Text;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Payments.Channel;
using Sylvan.Data.Csv;

namespace GovServices.Payments.Reconciliation;

/// <summary>
/// The bank's daily settlement file: RFC 4180 CSV, UTF-8, a header naming the columns in any order and case.
/// <c>payment_request_id</c> (the bank reference SNAP sent as paymentRequestId), <c>virtual_account_no</c>,
/// <c>amount</c> (whole rupiah, <c>150000</c> or <c>150000.00</c>) and <c>paid_at</c> (ISO 8601 with offset) are
/// required; <c>currency</c> may be given and must be IDR; other columns are ignored. Bad rows are reported one by one
/// and left out; the good rows are reconciled.
/// </summary>
internal static class SettlementFile
{
    public const string BankReference = "payment_request_id";
    public const string VirtualAccountNo = "virtual_account_no";
    public const string Amount = "amount";
    public const string PaidAt = "paid_at";
    public const string Currency = "currency";

    private const int HeaderRow = 1;
    private const int MaxRecordCharacters = 16 * 1024;
    private static readonly string[] Required = [BankReference, VirtualAccountNo, Amount, PaidAt];

    public static async Task<(IReadOnlyList<SettlementRow> Rows, IReadOnlyList<SettlementRowError> Errors)> ReadAsync(byte[] content, CancellationToken cancellationToken)
    {
        var rows = new List<SettlementRow>();
        var errors = new List<SettlementRowError>();
        using var text = new StreamReader(new MemoryStream(content), new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
        CsvDataReader csv;
        try
        {
            csv = await CsvDataReader.CreateAsync(text, Options(), cancellationToken);
        }
        catch (Exception exception) when (exception is CsvMissingHeadersException or CsvFormatException or CsvRecordTooLargeException)
        {
            return (rows, [new SettlementRowError(HeaderRow, null, Bilingual.Pick(
                $"The file has no readable header row: {string.Join(", ", Required)}.",
                $"Berkas tidak memiliki baris judul yang dapat dibaca: {string.Join(", ", Required)}."))]);
        }

        await using (csv)
        {
            var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var ordinal = 0; ordinal < csv.FieldCount; ordinal++)
                ordinals.TryAdd(csv.GetName(ordinal).Trim().ToLowerInvariant(), ordinal);
            var missing = Required.Where(column => !ordinals.ContainsKey(column)).ToList();
            if (missing.Count > 0)
                return (rows, missing.Select(column => new SettlementRowError(HeaderRow, column, Bilingual.Pick($"The header has no column '{column}'.", $"Baris judul tidak memiliki kolom '{column}'."))).ToList());

            var firstRowOf = new Dictionary<string, long>(StringComparer.Ordinal);
            while (true)
            {
                try
                {
                    if (!await csv.ReadAsync(cancellationToken))
                        break;
                }
                catch (Exception exception) when (exception is CsvFormatException or CsvRecordTooLargeException)
                {
                    errors.Add(new SettlementRowError(csv.RowNumber + HeaderRow, null, Bilingual.Pick(
                        "The row is broken (a quote left open, or longer than 16,384 characters); the file was read up to it.",
                        "Baris ini rusak (tanda kutip tidak ditutup, atau lebih dari 16.384 karakter); berkas dibaca sampai baris ini.")));
                    break;
                }

                var row = csv.RowNumber + HeaderRow;
                if (csv.RowFieldCount == 1 && csv.GetString(0).Length == 0)
                    continue;
                if (csv.RowFieldCount != csv.FieldCount)
                {
                    errors.Add(new SettlementRowError(row, null, Bilingual.Pick(
                        $"The row has {csv.RowFieldCount} fields; the header has {csv.FieldCount}.",
                        $"Baris ini berisi {csv.RowFieldCount} kolom; baris judul berisi {csv.FieldCount}.")));
                    continue;
                }

                if (Parse(csv, ordinals, row, errors) is not { } parsed)
                    continue;
                if (!firstRowOf.TryAdd(parsed.BankReference, row))
                {
                    errors.Add(new SettlementRowError(row, BankReference, Bilingual.Pick(
                        $"The bank reference '{parsed.BankReference}' is also in row {firstRowOf[parsed.BankReference]}.",
                        $"Referensi bank '{parsed.BankReference}' juga ada di baris {firstRowOf[parsed.BankReference]}.")));
                    continue;
                }

                rows.Add(parsed);
            }
        }

        return (rows, errors);
    }

    private static SettlementRow? Parse(CsvDataReader csv, Dictionary<string, int> ordinals, long row, List<SettlementRowError> errors)
    {
        var errorsBefore = errors.Count;
        string Field(string column) => csv.GetString(ordinals[column]).Trim();

        var bankReference = Field(BankReference);
        if (bankReference.Length is 0 or > 128)
            errors.Add(new SettlementRowError(row, BankReference, Bilingual.Pick("Give the bank reference (1 to 128 characters).", "Isi referensi bank (1 sampai 128 karakter).")));

        var virtualAccountNo = PaymentCodes.Normalise(Field(VirtualAccountNo));
        if (virtualAccountNo.Length is 0 or > 64 || !virtualAccountNo.All(char.IsAsciiDigit))
            errors.Add(new SettlementRowError(row, VirtualAccountNo, Bilingual.Pick("Give the virtual account number as digits.", "Isi nomor virtual account dengan angka.")));

        var currency = ordinals.ContainsKey(Currency) ? Field(Currency) : "IDR";
        var amount = new SnapAmount(Field(Amount), currency.Length == 0 ? "IDR" : currency.ToUpperInvariant()).ToRupiah();
        if (amount is null)
            errors.Add(new SettlementRowError(row, Amount, Bilingual.Pick(
                "Give a whole, positive rupiah amount in IDR, for example 150000 or 150000.00.",
                "Isi jumlah rupiah bulat dan positif dalam IDR, misalnya 150000 atau 150000.00.")));

        if (!ChannelSignature.TryParseTimestamp(Field(PaidAt), out var paidAt))
            errors.Add(new SettlementRowError(row, PaidAt, Bilingual.Pick(
                "Give the payment time as ISO 8601 with an offset, for example 2026-11-30T10:15:00+07:00.",
                "Isi waktu pembayaran dalam ISO 8601 dengan zona waktu, misalnya 2026-11-30T10:15:00+07:00.")));

        return errors.Count > errorsBefore ? null : new SettlementRow(row, bankReference, virtualAccountNo, amount!.Value, paidAt.ToUniversalTime());
    }

    private static CsvDataReaderOptions Options() => new()
    {
        HasHeaders = true,
        Delimiter = ',',
        Quote = '"',
        Escape = '"',
        CsvStyle = CsvStyle.Standard,
        HeaderComparer = StringComparer.OrdinalIgnoreCase,
        BufferSize = MaxRecordCharacters,
        MaxBufferSize = MaxRecordCharacters,
    };
}
