using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GovServices.Notifications.Messages;
using GovServices.Testing.Payments;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovServices.Notifications.Tests;

/// <summary>Payers are told when a payment or a refund is received, and reminded before an unpaid invoice expires (ADR 0068).</summary>
public sealed partial class MessagesApiTests
{
    /// <summary>The citizen's building approval with its fee assessed: the application's id and its invoice (a real one of Payments).</summary>
    private async Task<(string Id, Guid InvoiceId, string PaymentCode)> AssessedPermitAsync()
    {
        var citizen = await PermitsApiAsync("citizen");
        var officer = await PermitsApiAsync("officer.dpmptsp");
        var (id, etag) = await PermitDraftAsync(citizen, "PBG", new { name = "Siti Rahmawati" },
            new
            {
                building_name = "Rumah Tinggal Keluarga Rahmawati", building_function = "hunian", floor_area_m2 = 120, floors = 2,
                land_certificate_number = "SHM 01234/Bontang Kuala", address = "Jl. Pattimura No. 12, Bontang Kuala", location = new { latitude = 0.1352, longitude = 117.4991 },
            },
            "ktp", "land_certificate", "architectural_drawings");
        (_, etag) = await PermitStepAsync(citizen, id, "submit", etag);
        (_, etag) = await PermitStepAsync(officer, id, "start-review", etag);
        (_, etag) = await PermitStepAsync(officer, id, "approve", etag);
        var (assessed, _) = await PermitStepAsync(officer, id, "assess-fee", etag);
        var invoiceId = await ScalarAsync<string>("SELECT CAST(id AS varchar(36)) FROM payments.invoice WHERE source_module = 'permits' AND source_reference = @id", new { id });
        return (id, Guid.Parse(invoiceId), assessed["paymentCode"]!.GetValue<string>());
    }

    [Test]
    public async Task A_payer_is_reminded_once_two_days_before_the_invoice_expires_however_often_the_job_runs()
    {
        var (id, invoiceId, paymentCode) = await AssessedPermitAsync();
        var expiresAt = await ScalarAsync<DateTimeOffset>("SELECT expires_at FROM payments.invoice WHERE id = @invoiceId", new { invoiceId });
        await WaitForInboxAsync(id, 2);
        var reminders = _host!.Services.GetServices<IHostedService>().OfType<InvoiceReminderWorker>().Single();

        await reminders.RemindAsync(CancellationToken.None);
        var early = (await InboxAsync("citizen")).Count(item => item["templateId"]!.GetValue<string>() == "payment.reminder" && item["text"]!.GetValue<string>().Contains(paymentCode, StringComparison.Ordinal));
        _host.Clock.Advance(expiresAt - _host.Clock.GetUtcNow() - TimeSpan.FromDays(1));
        await reminders.RemindAsync(CancellationToken.None);
        await reminders.RemindAsync(CancellationToken.None);

        var inbox = await WaitForInboxAsync(id, 3);
        await _mail!.WaitForAsync($"Kode bayar {paymentCode} segera kedaluwarsa", 1);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var reminder = inbox.Where(item => item["templateId"]!.GetValue<string>() == "payment.reminder").ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(early, Is.Zero, "more than two days before expiry: not yet");
            Assert.That(reminder, Has.Count.EqualTo(1), "once, however often the job runs (and on however many instances)");
            Assert.That(reminder[0]["text"]!.GetValue<string>(), Does.Match($@"^Tagihan Rp 1\.500\.000 belum dibayar\. Kode bayar {paymentCode} berlaku sampai \d\d-\d\d-\d{{4}} \d\d:\d\d WITA\. "));
            Assert.That(_mail.About(paymentCode).Count(mail => mail.Subject == $"Kode bayar {paymentCode} segera kedaluwarsa"), Is.EqualTo(1), "and once by email");
        }
    }

    [Test]
    public async Task A_payer_is_told_of_the_payment_and_of_a_refund_with_the_receipt_number_and_its_verification_link()
    {
        var (id, invoiceId, paymentCode) = await AssessedPermitAsync();
        var bank = new SnapBank(_host!.CreateClient(), (await OAuth.ClientCredentialsAsync("bank-channel", "payments.channel")).AccessToken, _host.Clock);
        _tokens["opd-system.payments"] = (await OAuth.ClientCredentialsAsync("opd-system", "payments.manage")).AccessToken;
        using var treasury = Api("opd-system.payments");

        // The bank reports the fee paid, and the permits office refunds it in full: both through Payments' own API.
        using var paid = await bank.PayAsync(paymentCode, 1_500_000);
        Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.OK), await paid.Content.ReadAsStringAsync());
        var invoice = JsonNode.Parse(await treasury.GetStringAsync(new Uri($"/api/v1/payments/invoices/{invoiceId}", UriKind.Relative)))!;
        var receipt = invoice["receiptNumber"]!.GetValue<string>();
        using var refunded = await treasury.PostAsJsonAsync(new Uri($"/api/v1/payments/invoices/{invoiceId}/refunds", UriKind.Relative),
            new { amount = 1_500_000, expectedRefundableAmount = 1_500_000, reason = "Permohonan dibatalkan pemohon" });
        Assert.That(refunded.StatusCode, Is.EqualTo(HttpStatusCode.Created), await refunded.Content.ReadAsStringAsync());

        var mails = await _mail!.WaitForAsync(receipt, 3); // the payment, the permit paid (Permits' own message) and the refund
        var inbox = (await InboxAsync("citizen")).Where(item => item["text"]!.GetValue<string>().Contains(receipt, StringComparison.Ordinal)).ToList();
        var received = inbox.Single(item => item["templateId"]!.GetValue<string>() == "payment.received");
        var link = received["link"]!.GetValue<string>();
        var verification = JsonNode.Parse(await _host.CreateClient().GetStringAsync(new Uri(new Uri(link).PathAndQuery, UriKind.Relative)))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(inbox.Select(item => item["templateId"]!.GetValue<string>()), Is.SupersetOf(new[] { "payment.received", "payment.refunded" }));
            Assert.That(link, Does.Match("^https://layanan\\.bontangkota\\.go\\.id/api/v1/payments/receipts/verify/[0-9A-Za-z]+$"));
            Assert.That(received["text"]!.GetValue<string>(), Is.EqualTo($"Pembayaran Rp 1.500.000 diterima, kuitansi {receipt}. Cek keasliannya: {link}"));
            Assert.That(verification["receiptNumber"]?.GetValue<string>(), Is.EqualTo(receipt), "the link verifies this receipt");
            Assert.That(mails.Select(mail => mail.Subject), Does.Contain("Pengembalian dana Rp 1.500.000"));
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM payments.audit_log WHERE action = 'invoice.receipt_read' AND entity_id = @id", new { id = invoiceId.ToString() }),
                Is.EqualTo(2), "each receipt read is in Payments' audit trail");
        }
    }
}
