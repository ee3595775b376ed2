using System.Text.Json.Nodes;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Messaging;
using GovServices.Notifications.Messages;
using GovServices.Payments.Contracts;
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

    private async Task PublishAsync<TEvent>(string schema, TEvent integrationEvent)
        where TEvent : IIntegrationEvent
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync();
        await scope.ServiceProvider.GetRequiredService<IOutbox>().EnqueueAsync(schema, integrationEvent);
        await unitOfWork.CommitAsync();
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
        var (id, invoiceId, _) = await AssessedPermitAsync();
        var receipt = "KWT-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        var code = Guid.NewGuid().ToString("N").ToUpperInvariant();
        // The payment as Payments records it (the bank's signed notification is Payments' own test); then its events.
        await ExecuteAsync(
            "UPDATE payments.invoice SET status = 'paid', paid_at = @now, receipt_number = @receipt, receipt_code = @code WHERE id = @invoiceId",
            new { now = DateTimeOffset.UtcNow, receipt, code, invoiceId });
        var audience = new GovServices.BuildingBlocks.Messaging.EventAudience(null, "DPMPTSP");
        await PublishAsync("payments", new InvoicePaid(invoiceId, "permits", id, 1_500_000, DateTimeOffset.UtcNow, receipt, audience));
        await PublishAsync("payments", new RefundIssued(Guid.NewGuid(), invoiceId, "permits", id, 1_500_000, "BANK-REF-1", true, false, DateTimeOffset.UtcNow, audience));

        var mails = await _mail!.WaitForAsync(receipt, 3);
        var inbox = (await InboxAsync("citizen")).Where(item => item["text"]!.GetValue<string>().Contains(receipt, StringComparison.Ordinal)).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(inbox.Select(item => item["templateId"]!.GetValue<string>()), Is.SupersetOf(new[] { "payment.received", "payment.refunded" }));
            var received = inbox.Single(item => item["templateId"]!.GetValue<string>() == "payment.received");
            Assert.That(received["text"]!.GetValue<string>(), Is.EqualTo($"Pembayaran Rp 1.500.000 diterima, kuitansi {receipt}. Cek keasliannya: https://layanan.bontangkota.go.id/api/v1/payments/receipts/verify/{code}"));
            Assert.That(received["link"]!.GetValue<string>(), Is.EqualTo($"https://layanan.bontangkota.go.id/api/v1/payments/receipts/verify/{code}"));
            Assert.That(mails.Select(mail => mail.Subject), Does.Contain("Pengembalian dana Rp 1.500.000"));
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM payments.audit_log WHERE action = 'invoice.receipt_read' AND entity_id = @id", new { id = invoiceId.ToString() }),
                Is.EqualTo(2), "each receipt read is in Payments' audit trail");
        }
    }
}
