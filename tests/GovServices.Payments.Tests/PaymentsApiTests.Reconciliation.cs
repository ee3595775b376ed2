using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GovServices.Testing;

namespace GovServices.Payments.Tests;

/// <summary>Reconciling the bank's daily settlement file, and resolving what does not match.</summary>
public sealed partial class PaymentsApiTests
{
    /// <summary>A settlement day no other test pays on (payments are dated by the bank's trxDateTime).</summary>
    private static readonly DateTimeOffset SettlementDay = new(2026, 3, 10, 0, 0, 0, TimeSpan.FromHours(7));

    [Test]
    public async Task A_settlement_file_reports_matched_bank_only_missing_and_mismatched_payments_until_they_are_resolved()
    {
        using var opd = await ApiAsync("opd-system", "payments.manage");
        var matched = await PaidOnSettlementDayAsync(opd, 50_000, hour: 9);
        var missing = await PaidOnSettlementDayAsync(opd, 70_000, hour: 10);
        var mismatched = await PaidOnSettlementDayAsync(opd, 30_000, hour: 23);
        var csv = $"""
            Payment_Request_Id,virtual_account_no,amount,paid_at,branch
            {matched.Reference},{matched.Code},50000.00,2026-03-10T09:00:00+07:00,Bontang
            {mismatched.Reference},{mismatched.Code},35000,2026-03-10T23:00:00+07:00,Bontang
            REF-UNKNOWN-{Guid.NewGuid():N},8074999999999999,20000,2026-03-10T11:00:00+07:00,Bontang
            REF-BROKEN,8074111111111111,dua puluh ribu,2026-03-10T12:00:00+07:00,Bontang

            """;

        using var upload = await UploadAsync(opd, csv);
        using var again = await UploadAsync(opd, csv);
        var report = JsonNode.Parse(await upload.Content.ReadAsStringAsync())!;
        var repeated = JsonNode.Parse(await again.Content.ReadAsStringAsync())!;
        var items = report["items"]!.AsArray();
        var openBefore = await OpenItemsAsync(opd);
        var openTotalBefore = await OpenReconciliationItemsAsync(opd);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.Created), report.ToJsonString());
            Assert.That(report["rows"]!.GetValue<int>(), Is.EqualTo(4));
            Assert.That(report["matched"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(report["bankOnly"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(report["missingAtBank"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(report["amountMismatches"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(report["errors"]!.AsArray().Select(error => (error!["row"]!.GetValue<long>(), error["field"]!.GetValue<string>())),
                Is.EqualTo(new[] { (5L, "amount") }));
            Assert.That(items.Select(item => item!["kind"]!.GetValue<string>()), Is.EquivalentTo(new[] { "bank_only", "missing_at_bank", "amount_mismatch" }));
            Assert.That(items.Single(item => item!["kind"]!.GetValue<string>() == "missing_at_bank")!["invoiceId"]!.GetValue<Guid>(), Is.EqualTo(missing.Id));
            Assert.That(items.Single(item => item!["kind"]!.GetValue<string>() == "amount_mismatch")!["recordedAmount"]!.GetValue<long>(), Is.EqualTo(30_000));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the same file again changes nothing");
            Assert.That(repeated["id"]!.GetValue<string>(), Is.EqualTo(report["id"]!.GetValue<string>()));
            Assert.That(openBefore, Has.Count.EqualTo(3));
        }

        var item = items.Single(item => item!["kind"]!.GetValue<string>() == "bank_only")!;
        using var resolved = await ResolveAsync(opd, item["id"]!.GetValue<Guid>(), "\"1\"", "Transfer salah kode; dikembalikan bank 11 Maret");
        using var resolvedAgain = await ResolveAsync(opd, item["id"]!.GetValue<Guid>(), "\"2\"", "lagi");
        using var withoutNote = await ResolveAsync(opd, items[0]!["id"]!.GetValue<Guid>(), "\"1\"", "");
        var openAfter = await OpenItemsAsync(opd);
        var openTotalAfter = await OpenReconciliationItemsAsync(opd);
        var resolvedList = JsonNode.Parse(await opd.GetStringAsync(new Uri("/api/v1/payments/reconciliation-items?status=resolved", UriKind.Relative)))!["items"]!.AsArray();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(resolved.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(resolved.Headers.ETag?.Tag, Is.EqualTo("\"2\""));
            Assert.That(resolvedAgain.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(withoutNote.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(openAfter, Has.Count.EqualTo(2));
            Assert.That(openTotalBefore, Is.GreaterThanOrEqualTo(3));
            Assert.That(openTotalBefore - openTotalAfter, Is.EqualTo(1), "the daily totals count the open items of every file");
            Assert.That(resolvedList.Single()!["resolutionNote"]!.GetValue<string>(), Does.StartWith("Transfer salah kode"));
        }
    }

    [Test]
    public async Task A_settlement_file_without_its_columns_or_not_csv_is_refused_with_the_reason()
    {
        using var opd = await ApiAsync("opd-system", "payments.manage");

        using var noAmount = await UploadAsync(opd, "payment_request_id,virtual_account_no,paid_at\nREF-1,8074000000000000,2026-03-11T10:00:00+07:00\n", settlementDate: "2026-03-11");
        using var notCsv = await opd.PostAsync(
            new Uri("/api/v1/payments/reconciliations?channel=bank-channel&settlementDate=2026-03-11", UriKind.Relative),
            new StringContent("{}", Encoding.UTF8, "application/json"));
        using var unknownChannel = await UploadAsync(opd, "payment_request_id\n", channel: "no-such-bank");

        var report = JsonNode.Parse(await noAmount.Content.ReadAsStringAsync())!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(report["errors"]!.AsArray().Select(error => error!["field"]!.GetValue<string>()), Is.EqualTo(new[] { "amount" }));
            Assert.That(report["matched"]!.GetValue<int>(), Is.Zero);
            Assert.That(notCsv.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
            Assert.That(unknownChannel.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That((await unknownChannel.ReadProblemAsync()).Code, Is.EqualTo("unknown_channel"));
        }
    }

    [TestCase("id", "Baris judul tidak memiliki kolom 'amount'.", "Isi waktu pembayaran dalam ISO 8601 dengan zona waktu, misalnya 2026-11-30T10:15:00+07:00.")]
    [TestCase("en", "The header has no column 'amount'.", "Give the payment time as ISO 8601 with an offset, for example 2026-11-30T10:15:00+07:00.")]
    public async Task Settlement_file_errors_are_written_in_the_uploaders_language(string language, string missingColumn, string badTime)
    {
        using var opd = await ApiAsync("opd-system", "payments.manage");
        opd.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var unique = Guid.NewGuid().ToString("N");

        using var noAmount = await UploadAsync(opd, $"payment_request_id,virtual_account_no,paid_at,note_{unique}\nREF-1,8074000000000000,2026-03-13T10:00:00+07:00,x\n", settlementDate: "2026-03-13");
        using var badRow = await UploadAsync(opd, $"payment_request_id,virtual_account_no,amount,paid_at\nREF-{unique},8074000000000000,1000,yesterday\n", settlementDate: "2026-03-13");
        var noAmountErrors = JsonNode.Parse(await noAmount.Content.ReadAsStringAsync())!["errors"]!.AsArray();
        var badRowErrors = JsonNode.Parse(await badRow.Content.ReadAsStringAsync())!["errors"]!.AsArray();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(noAmountErrors.Select(error => error!["message"]!.GetValue<string>()), Is.EqualTo(new[] { missingColumn }));
            Assert.That(badRowErrors.Select(error => error!["message"]!.GetValue<string>()), Is.EqualTo(new[] { badTime }));
        }
    }

    [Test]
    public async Task The_same_settlement_file_uploaded_concurrently_is_reconciled_once()
    {
        using var opd = await ApiAsync("opd-system", "payments.manage");
        var csv = $"payment_request_id,virtual_account_no,amount,paid_at\nREF-CONCURRENT-{Guid.NewGuid():N},8074999999999999,1000,2026-03-12T10:00:00+07:00\n";

        var uploads = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => UploadAsync(opd, csv, settlementDate: "2026-03-12")));

        var ids = await Task.WhenAll(uploads.Select(async upload => JsonNode.Parse(await upload.Content.ReadAsStringAsync())!["id"]!.GetValue<string>()));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(uploads.Count(upload => upload.StatusCode == HttpStatusCode.Created), Is.EqualTo(1));
            Assert.That(uploads.Count(upload => upload.StatusCode == HttpStatusCode.OK), Is.EqualTo(5));
            Assert.That(ids.Distinct().Count(), Is.EqualTo(1));
        }

        foreach (var upload in uploads)
            upload.Dispose();
    }

    private async Task<(Guid Id, string Code, string Reference)> PaidOnSettlementDayAsync(HttpClient opd, long amount, int hour)
    {
        var (id, code) = await IssueOverHttpAsync(opd, amount);
        var reference = "REF-" + Guid.NewGuid();
        await PayAsync(code, amount, reference, SettlementDay.AddHours(hour));
        return (id, code, reference);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient api, string csv, string settlementDate = "2026-03-10", string channel = "bank-channel")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        return await api.PostAsync(new Uri($"/api/v1/payments/reconciliations?channel={channel}&settlementDate={settlementDate}", UriKind.Relative), content);
    }

    private static async Task<HttpResponseMessage> ResolveAsync(HttpClient api, Guid itemId, string etag, string note)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/payments/reconciliation-items/{itemId}/resolve")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { note }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return await api.SendAsync(request);
    }

    /// <summary>What the Command Centre's revenue panel shows beside the totals, whatever the period asked for.</summary>
    private static async Task<int> OpenReconciliationItemsAsync(HttpClient api) =>
        JsonNode.Parse(await api.GetStringAsync(new Uri("/api/v1/payments/reports/daily-totals?from=2026-01-01&to=2026-01-01", UriKind.Relative)))!
            ["openReconciliationItems"]!.GetValue<int>();

    private static async Task<List<JsonNode>> OpenItemsAsync(HttpClient api) =>
        [.. JsonNode.Parse(await api.GetStringAsync(new Uri("/api/v1/payments/reconciliation-items", UriKind.Relative)))!["items"]!.AsArray()
            .Select(item => item!)
            .Where(item => item["settlementDate"]!.GetValue<string>() == "2026-03-10")];
}
