using System.Diagnostics;
using System.Globalization;
using GovServices.CivilRegistry.Domain;
using GovServices.Complaints.Domain;
using GovServices.Payments.Domain;
using Microsoft.Extensions.Configuration;

namespace GovServices.Bench;

/// <summary>
/// Fills a migrated database through its bulk path (not the HTTP API): residents from the civil registry's generator,
/// complaints filed by the partner-app client, and pending invoices for the bank's notifications. Writes what the
/// load scripts pick from: complaint ids, NIKs with names, and payment codes with amounts.
/// </summary>
internal static class BenchSeed
{
    public const string FilingClient = "partner-app";
    private const int SampleSize = 10_000;
    private const string InstitutionPrefix = "8074";
    private const int PaymentCodeLength = 16;

    private static readonly string[] ResidentColumns = [.. ResidentSql.Columns, "updated_at", "version"];

    // A live system's deadline job has already flagged the complaints whose verification is late: seeded as never
    // flagged, all of them would be flagged at the host's first start, during the measured runs (an update, a history
    // row, an audit record and an event each: minutes of background writes that every scenario would pay for).
    private static readonly string[] ComplaintColumns = [.. ComplaintSql.Columns, "verification_overdue_at"];

    private static readonly string[] HistoryColumns =
        ["id", "complaint_id", "occurred_at", "action", "from_status", "to_status", "actor_client_id", "actor_user_id", "note"];

    public static async Task RunAsync(IConfiguration options)
    {
        var output = options.Required("Out");
        Directory.CreateDirectory(output);
        await using IBulkWriter writer = options.IsPostgreSql()
            ? await PostgreSqlBulkWriter.OpenAsync(options.Required("ConnectionString"))
            : await SqliteBulkWriter.OpenAsync(options.Required("DataDirectory"));
        var now = DateTimeOffset.UtcNow;

        await TimedAsync("residents", options.Count("Residents", 1_000_000), count => SeedResidentsAsync(writer, count, now, output));
        await TimedAsync("complaints", options.Count("Complaints", 100_000), count => SeedComplaintsAsync(writer, count, now, output));
        await TimedAsync("invoices", options.Count("Invoices", 100_000), count => SeedInvoicesAsync(writer, count, now, output));
    }

    private static async Task TimedAsync(string what, int count, Func<int, Task> seed)
    {
        var started = Stopwatch.GetTimestamp();
        await seed(count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {count:N0} {what} in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s"));
    }

    private static async Task SeedResidentsAsync(IBulkWriter writer, int count, DateTimeOffset now, string output)
    {
        var every = Math.Max(1, count / SampleSize);
        await using var sample = new StreamWriter(Path.Combine(output, "residents.tsv"));
        var index = 0;
        var rows = BenchResidents.Generate(count).Select(resident =>
        {
            if (index++ % every == 0)
                sample.Write(string.Create(CultureInfo.InvariantCulture, $"{resident.Nik}\t{resident.FullName}\n"));
            return new object?[]
            {
                resident.Nik, resident.Kk, resident.FullName, resident.BirthPlace, resident.BirthDate, resident.Sex.ToString(),
                resident.Religion, resident.MaritalStatus, resident.Occupation, resident.Street, resident.Rt, resident.Rw,
                resident.KelurahanCode, resident.Kelurahan, resident.KecamatanCode, resident.Kecamatan, resident.Status.ToString(),
                now, 1,
            };
        });
        await writer.WriteAsync("civil_registry.resident", ResidentColumns, rows);
    }

    private static async Task SeedComplaintsAsync(IBulkWriter writer, int count, DateTimeOffset now, string output)
    {
        var categories = await writer.QueryPairsAsync("SELECT code, opd_code FROM complaints.category ORDER BY sort_order");
        var random = new Random(8);
        var trackingCodes = new HashSet<string>(StringComparer.Ordinal);
        var complaints = new List<(Guid Id, DateTimeOffset FiledAt)>(count);
        var every = Math.Max(1, count / SampleSize);
        await using (var sample = new StreamWriter(Path.Combine(output, "complaint-ids.txt")))
        {
            var rows = Enumerable.Range(0, count).Select(index =>
            {
                // Spread over the last 90 days, as a live system holds them.
                var filedAt = now.AddMinutes(-random.Next(0, 90 * 24 * 60));
                var id = Guid.CreateVersion7(filedAt);
                complaints.Add((id, filedAt));
                if (index % every == 0)
                    sample.Write(id.ToString("D") + "\n");
                var (category, opd) = categories[index % categories.Count];
                string trackingCode;
                do
                    trackingCode = TrackingCode.NewCode();
                while (!trackingCodes.Add(trackingCode));
                var filedOn = DateOnly.FromDateTime(filedAt.UtcDateTime);
                var verificationDueOn = filedOn.AddDays(3);
                var today = DateOnly.FromDateTime(now.UtcDateTime);
                DateTimeOffset? verificationOverdueAt = verificationDueOn < today
                    ? new DateTimeOffset(verificationDueOn.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
                    : null;
                return BulkRow.Of(ComplaintColumns, new Dictionary<string, object?>
                {
                    ["id"] = id,
                    ["tracking_code"] = trackingCode,
                    ["category_code"] = category,
                    ["opd_code"] = opd,
                    ["status"] = ComplaintStatus.Submitted,
                    ["title"] = string.Create(CultureInfo.InvariantCulture, $"Laporan {index + 1}: perlu tindak lanjut"),
                    ["description"] = "Warga melaporkan masalah di lingkungan RT setempat; mohon ditinjau dan ditindaklanjuti oleh dinas terkait.",
                    ["address"] = "Jl. Jenderal Sudirman, Bontang Baru",
                    ["media_urls"] = "[]",
                    ["anonymous"] = false,
                    ["confidential"] = false,
                    ["reporter_name"] = "Pelapor Bench",
                    ["reporter_contact"] = "+6281200000000",
                    ["filed_by_client_id"] = FilingClient,
                    ["filed_at"] = filedAt,
                    ["verification_due_on"] = verificationDueOn,
                    ["updated_at"] = filedAt,
                    ["version"] = 1,
                    ["verification_overdue_at"] = verificationOverdueAt,
                });
            });
            await writer.WriteAsync(ComplaintSql.Table, ComplaintColumns, rows);
        }

        var history = complaints.Select(complaint => new object?[]
        {
            Guid.CreateVersion7(complaint.FiledAt), complaint.Id, complaint.FiledAt, "submitted", null, ComplaintStatus.Submitted,
            FilingClient, null, null,
        });
        await writer.WriteAsync("complaints.complaint_history", HistoryColumns, history);
    }

    private static async Task SeedInvoicesAsync(IBulkWriter writer, int count, DateTimeOffset now, string output)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        await using var list = new StreamWriter(Path.Combine(output, "invoices.tsv"));
        var rows = Enumerable.Range(0, count).Select(index =>
        {
            string code;
            do
                code = PaymentCode.New(InstitutionPrefix, PaymentCodeLength);
            while (!codes.Add(code));
            var amount = 10_000L * (1 + (index % 50));
            list.Write(string.Create(CultureInfo.InvariantCulture, $"{code}\t{amount}\n"));
            return BulkRow.Of(InvoiceSql.InsertColumns, new Dictionary<string, object?>
            {
                ["id"] = Guid.CreateVersion7(now),
                ["payment_code"] = code,
                ["amount"] = amount,
                ["description"] = "Retribusi (bench)",
                ["payer_name"] = "Pembayar Bench",
                ["source_module"] = "bench",
                ["source_reference"] = string.Create(CultureInfo.InvariantCulture, $"bench-{index}"),
                ["expires_at"] = now.AddDays(30),
                ["status"] = InvoiceStatus.Pending,
                ["created_at"] = now,
                ["created_by_client"] = "opd-system",
                ["version"] = 1,
                ["owner_client_id"] = "opd-system",
            });
        });
        await writer.WriteAsync(InvoiceSql.Table, InvoiceSql.InsertColumns, rows);
    }
}
