using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GovServices.BuildingBlocks.Messaging;
using GovServices.Payments.Contracts;

namespace GovServices.Payments.Tests;

/// <summary>The events of an invoice's life, each carrying the audience stored on the invoice (ADR 0048).</summary>
public sealed partial class PaymentsApiTests
{
    [Test]
    public async Task An_invoice_another_module_asks_for_publishes_invoice_issued_once_and_its_payment_with_the_audience_it_named()
    {
        var reference = "APP-" + Guid.NewGuid();
        var request = new InvoiceRequest("permits", reference, 210_000, "Retribusi PBG", "Siti Rahmawati", Audience: new EventAudience("partner-app", "DPMPTSP"));
        var invoice = (await IssueAsync(request)).Value;
        var again = await IssueAsync(request);
        await PayAsync(invoice.PaymentCode, 210_000, "REF-" + Guid.NewGuid());

        var issued = (await OutboxPayloadsAsync<InvoiceIssued>(invoice.InvoiceId)).Select(payload => JsonNode.Parse(payload)!).ToList();
        var paid = JsonNode.Parse((await OutboxPayloadsAsync<InvoicePaid>(invoice.InvoiceId)).Single())!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again.Value.Created, Is.False);
            Assert.That(issued, Has.Count.EqualTo(1), "asking again publishes nothing");
            Assert.That(issued[0]["sourceModule"]!.GetValue<string>(), Is.EqualTo("permits"));
            Assert.That(issued[0]["sourceReference"]!.GetValue<string>(), Is.EqualTo(reference));
            Assert.That(issued[0]["amount"]!.GetValue<long>(), Is.EqualTo(210_000));
            Assert.That(issued[0]["expiresAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(invoice.ExpiresAt));
            Assert.That(issued[0]["issuedAt"]!.GetValue<DateTimeOffset>(), Is.LessThanOrEqualTo(DateTimeOffset.UtcNow));
            Assert.That(issued[0].ToJsonString(), Does.Not.Contain("Siti").And.Not.Contain(invoice.PaymentCode), "no payer, no payment code");
            foreach (var payload in new[] { issued[0], paid })
            {
                Assert.That(payload["audience"]!["ownerClientId"]!.GetValue<string>(), Is.EqualTo("partner-app"));
                Assert.That(payload["audience"]!["opd"]!.GetValue<string>(), Is.EqualTo("DPMPTSP"));
            }
        }
    }

    [Test]
    public async Task An_invoice_issued_over_the_api_is_the_calling_clients_whatever_the_body_says_and_its_refunds_and_cancellation_say_so()
    {
        using var opd = await ApiAsync("opd-system", "payments.manage");
        using var created = await opd.PostAsJsonAsync(Invoices, new
        {
            source = new { module = "permits", reference = "APP-" + Guid.NewGuid() },
            amount = 50_000,
            description = "Retribusi",
            payerName = "Budi",
            audience = new { ownerClientId = "partner-app", opd = "DLH" },
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var paidId = Guid.Parse(await IdOf(created));
        var code = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["paymentCode"]!.GetValue<string>();
        await PayAsync(code, 50_000, "REF-" + Guid.NewGuid());
        using var refund = await RefundAsync(opd, paidId, amount: 50_000, expected: 50_000);
        var (cancelledId, _) = await IssueOverHttpAsync(opd, 20_000);
        using var cancel = await CancelAsync(opd, cancelledId, etag: "\"1\"");

        var events = new[]
        {
            (await OutboxPayloadsAsync<InvoiceIssued>(paidId)).Single(),
            (await OutboxPayloadsAsync<InvoicePaid>(paidId)).Single(),
            (await OutboxPayloadsAsync<RefundIssued>(paidId)).Single(),
            (await OutboxPayloadsAsync<InvoiceCancelled>(cancelledId)).Single(),
        }.Select(payload => JsonNode.Parse(payload)!).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refund.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(cancel.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(events.Select(e => e["audience"]!["ownerClientId"]!.GetValue<string>()), Is.All.EqualTo("opd-system"), "an API caller cannot name another audience");
            Assert.That(events.Select(e => e["audience"]!["opd"]!.GetValue<string>()), Is.All.EqualTo("DPMPTSP"), "the OPD the demo opd-system is bound to (ADR 0051), not the body's DLH");
        }
    }

    [Test]
    public async Task An_expired_invoice_publishes_invoice_expired_with_its_audience()
    {
        var soon = DateTimeOffset.UtcNow.AddSeconds(1);
        var invoice = (await IssueAsync(new InvoiceRequest("permits", "APP-" + Guid.NewGuid(), 5_000, "Retribusi", "Budi", ExpiresAt: soon, Audience: new EventAudience(null, "DLH")))).Value;
        await Task.Delay(soon - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(200));
        await ExpireAsync();

        var expired = JsonNode.Parse((await OutboxPayloadsAsync<InvoiceExpired>(invoice.InvoiceId)).Single())!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(expired["audience"]!["ownerClientId"], Is.Null);
            Assert.That(expired["audience"]!["opd"]!.GetValue<string>(), Is.EqualTo("DLH"));
        }
    }
}
