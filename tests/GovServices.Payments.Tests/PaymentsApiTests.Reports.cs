using System.Net;
using System.Text.Json.Nodes;

namespace GovServices.Payments.Tests;

/// <summary>The Command Centre's totals by WITA day, channel and source module; the X-PARTNER-ID check.</summary>
public sealed partial class PaymentsApiTests
{
    [Test]
    public async Task Daily_totals_count_payments_on_their_WITA_day_by_channel_and_source_module_and_refunds_on_theirs()
    {
        using var opd = await ApiAsync("opd-system", "payments.manage");
        var wib = TimeSpan.FromHours(7);
        var (_, morning) = await IssueOverHttpAsync(opd, 10_000, module: "pasar");
        await PayAsync(morning, 10_000, "REF-" + Guid.NewGuid(), new DateTimeOffset(2026, 4, 20, 10, 0, 0, wib));
        var (lateId, late) = await IssueOverHttpAsync(opd, 25_000, module: "pasar");
        // 23:30 WIB is 00:30 WITA: the next day in Bontang.
        await PayAsync(late, 25_000, "REF-" + Guid.NewGuid(), new DateTimeOffset(2026, 4, 20, 23, 30, 0, wib));
        var (_, other) = await IssueOverHttpAsync(opd, 7_000, module: "parkir");
        await PayAsync(other, 7_000, "REF-" + Guid.NewGuid(), new DateTimeOffset(2026, 4, 20, 11, 0, 0, wib));
        using var refund = await RefundAsync(opd, lateId, amount: 5_000, expected: 25_000);
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime).ToString("yyyy-MM-dd");
        using var auditor = await ApiAsync("auditor-tool", "audit.read");
        using var partner = await ApiAsync("partner-app", "payments.read");

        var period = JsonNode.Parse(await auditor.GetStringAsync(TotalsUri("2026-04-20", "2026-04-21")))!;
        var refundDay = JsonNode.Parse(await opd.GetStringAsync(TotalsUri(today, today)))!["rows"]!.AsArray()
            .Single(row => row!["sourceModule"]!.GetValue<string>() == "pasar")!;
        using var forbidden = await partner.GetAsync(TotalsUri("2026-04-20", "2026-04-21"));
        using var backwards = await opd.GetAsync(TotalsUri("2026-04-21", "2026-04-20"));

        var rows = period["rows"]!.AsArray().Select(row => (
            row!["day"]!.GetValue<string>(), row["channel"]!.GetValue<string>(), row["sourceModule"]!.GetValue<string>(),
            row["payments"]!.GetValue<long>(), row["paidAmount"]!.GetValue<long>()));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows, Is.EqualTo(new[]
            {
                ("2026-04-20", "bank-channel", "parkir", 1L, 7_000L),
                ("2026-04-20", "bank-channel", "pasar", 1L, 10_000L),
                ("2026-04-21", "bank-channel", "pasar", 1L, 25_000L),
            }));
            Assert.That(period["paidAmount"]!.GetValue<long>(), Is.EqualTo(42_000));
            Assert.That(refundDay["refunds"]!.GetValue<long>(), Is.EqualTo(1));
            Assert.That(refundDay["refundedAmount"]!.GetValue<long>(), Is.EqualTo(5_000));
            Assert.That(forbidden.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(backwards.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        }
    }

    [Test]
    public async Task A_channel_call_naming_another_partner_than_its_token_or_none_is_refused_and_records_nothing()
    {
        var invoice = await IssueAsync(new Contracts.InvoiceRequest("permits", "APP-" + Guid.NewGuid(), 9_000, "Retribusi", "Budi"));
        var body = BankChannel.PaymentBody(invoice.Value.PaymentCode, 9_000, "REF-" + Guid.NewGuid());
        using var api = Host.CreateClient();

        using var otherPartner = await Bank(api).SendAsync(BankChannel.PaymentPath, body, "ext-" + Guid.NewGuid(), partnerId: "other-bank");
        using var noPartner = await Bank(api).SendAsync(BankChannel.PaymentPath, body, "ext-" + Guid.NewGuid(), partnerId: null);
        using var inquiry = await Bank(api).SendAsync(BankChannel.InquiryPath, BankChannel.InquiryBody(invoice.Value.PaymentCode), partnerId: "other-bank");

        var refusal = JsonNode.Parse(await otherPartner.Content.ReadAsStringAsync())!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(otherPartner.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(refusal["responseCode"]!.GetValue<string>(), Is.EqualTo("4012500"));
            Assert.That(refusal["responseMessage"]!.GetValue<string>(), Is.EqualTo("Unauthorized [Unknown client]"));
            Assert.That(await CodeOf(noPartner), Is.EqualTo("4002502"));
            Assert.That(await CodeOf(inquiry), Is.EqualTo("4012400"));
            Assert.That(await NotificationCountAsync(invoice.Value.PaymentCode), Is.Zero);
            Assert.That(await StatusOfAsync(invoice.Value.InvoiceId), Is.EqualTo("pending"));
        }
    }

    private static Uri TotalsUri(string from, string to) => new($"/api/v1/payments/reports/daily-totals?from={from}&to={to}", UriKind.Relative);
}
