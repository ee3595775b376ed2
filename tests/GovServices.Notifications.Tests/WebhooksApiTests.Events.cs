using System.Text.Json.Nodes;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Messaging;
using GovServices.CivilRegistry.Contracts;
using GovServices.Complaints.Contracts;
using GovServices.Payments.Contracts;
using GovServices.Permits.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Notifications.Tests;

public sealed partial class WebhooksApiTests
{
    private static readonly string[] AllEventTypes =
    [
        "complaint.status_changed", "complaint.commented", "permit_application.status_changed", "invoice.issued", "invoice.paid",
        "invoice.expired", "invoice.cancelled", "refund.issued", "resident_import.completed",
    ];

    [Test]
    public async Task Each_event_type_reaches_the_endpoints_of_its_client_and_of_its_opd_and_no_one_else()
    {
        var owner = await SubscribeAsync("partner-app", AllEventTypes);
        var opd = await SubscribeAsync("officer.dlh", AllEventTypes);
        var otherClient = await SubscribeAsync("opd-system", AllEventTypes);
        var otherOpd = await SubscribeAsync("officer.dpmptsp", AllEventTypes);
        var audience = new EventAudience("partner-app", "DLH");
        var now = _host!.Clock.GetUtcNow();
        var id = Guid.NewGuid();

        // Published as the owning modules publish them: through their outbox, in a unit of work of their own.
        await PublishAsync("complaints", new ComplaintStatusChanged(id, "LPR-TEST", "submitted", "verified", "sampah", "DLH", now, audience));
        await PublishAsync("complaints", new ComplaintCommented(id, "LPR-TEST", Guid.NewGuid(), "staff", now, audience));
        await PublishAsync("permits", new PermitApplicationStatusChanged(id, "IZN-TEST", "IUMK", "paid", "issued", "IUMK/2026/0001", now, audience));
        await PublishAsync("payments", new InvoiceIssued(id, "permits", id.ToString(), 150_000, now.AddDays(3), now, audience));
        await PublishAsync("payments", new InvoicePaid(id, "permits", id.ToString(), 150_000, now, "KWT-TEST", audience));
        await PublishAsync("payments", new InvoiceExpired(id, "permits", id.ToString(), now, audience));
        await PublishAsync("payments", new InvoiceCancelled(id, "permits", id.ToString(), now, audience));
        await PublishAsync("payments", new RefundIssued(Guid.NewGuid(), id, "permits", id.ToString(), 150_000, "BANK-REF", false, true, now, audience));
        await PublishAsync("civil_registry", new ResidentImportCompleted(id, "completed", 10, 8, 1, 1, now, audience));

        var toOwner = await _receiver!.WaitForAsync(owner.Path, AllEventTypes.Length);
        var toOpd = await _receiver.WaitForAsync(opd.Path, AllEventTypes.Length);
        await Task.Delay(Quiet);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(toOwner.Select(TypeOf), Is.EquivalentTo(AllEventTypes), "the client named in the audience");
            Assert.That(toOpd.Select(TypeOf), Is.EquivalentTo(AllEventTypes), "the endpoint bound to the OPD named in the audience");
            AssertSignedWith(toOwner, owner.Secret);
            AssertSignedWith(toOpd, opd.Secret);
            Assert.That(_receiver.At(otherClient.Path), Is.Empty, "another client's endpoint");
            Assert.That(_receiver.At(otherOpd.Path), Is.Empty, "another OPD's endpoint");
            Assert.That(toOwner.Select(webhook => webhook.Body), Has.None.Contains("audience").IgnoreCase.And.None.Contains("BANK-REF"), "the audience is not sent, nor the bank's reference");
            var paid = JsonNode.Parse(toOwner.Single(webhook => TypeOf(webhook) == "invoice.paid").Body)!["data"]!;
            Assert.That(paid["receiptNumber"]!.GetValue<string>(), Is.EqualTo("KWT-TEST"));
            Assert.That(paid["amount"]!.GetValue<long>(), Is.EqualTo(150_000));
            var issued = JsonNode.Parse(toOwner.Single(webhook => TypeOf(webhook) == "permit_application.status_changed").Body)!["data"]!;
            Assert.That(issued["permitNumber"]!.GetValue<string>(), Is.EqualTo("IUMK/2026/0001"));
        }
    }

    [Test]
    public async Task An_event_delivered_twice_by_the_outbox_is_sent_once()
    {
        var owner = await SubscribeAsync("partner-app", "invoice.expired");
        var expired = new InvoiceExpired(Guid.NewGuid(), "permits", "ref", _host!.Clock.GetUtcNow(), new EventAudience("partner-app", null));
        await PublishAsync("payments", expired);
        await _receiver!.WaitForAsync(owner.Path, 1);
        var messageId = await ScalarAsync<Guid>(
            "SELECT event_id FROM notifications.delivery WHERE destination_id = @id", new { id = Guid.Parse(owner.Id) });

        // The inbox forgets the delivery, as after a crash between the subscriber's work and the outbox's bookkeeping.
        await ExecuteAsync("DELETE FROM notifications.inbox_message WHERE message_id = @id", new { id = messageId });
        await ExecuteAsync("UPDATE payments.outbox_message SET processed_at = NULL, next_attempt_at = @now WHERE id = @id", new { id = messageId, now = _host.Clock.GetUtcNow() });
        // The dispatcher polls on the host's fake clock: move it on until the message is handed over again.
        var processedAgain = 0L;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (processedAgain == 0 && DateTime.UtcNow < deadline)
        {
            _host.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(100);
            processedAgain = await ScalarAsync<long>("SELECT COUNT(*) FROM payments.outbox_message WHERE id = @id AND processed_at IS NOT NULL", new { id = messageId });
        }

        // A second webhook would be on its way by now.
        await Task.Delay(Quiet);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(processedAgain, Is.EqualTo(1), "the outbox handed the event over again");
            Assert.That(_receiver.At(owner.Path), Has.Count.EqualTo(1));
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM notifications.delivery WHERE destination_id = @id", new { id = Guid.Parse(owner.Id) }), Is.EqualTo(1));
        }
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

    private static string TypeOf(ReceivedWebhook webhook) => JsonNode.Parse(webhook.Body)!["type"]!.GetValue<string>();
}
