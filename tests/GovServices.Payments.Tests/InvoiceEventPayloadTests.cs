using System.Text.Json;
using System.Text.Json.Serialization;
using GovServices.Payments.Contracts;

namespace GovServices.Payments.Tests;

/// <summary>
/// Messages written before events carried an audience may still wait in an outbox after an upgrade; they must read, as
/// nobody's, for the subscribers that were already there (Permits' fee handler) and for the new ones.
/// </summary>
public sealed class InvoiceEventPayloadTests
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Test]
    public void An_invoice_paid_payload_without_an_audience_reads_as_nobodys()
    {
        var paid = JsonSerializer.Deserialize<InvoicePaid>(
            """{"invoiceId":"0193a1b2-0000-7000-8000-000000000001","sourceModule":"permits","sourceReference":"APP-1","amount":150000,"paidAt":"2026-11-30T03:00:00+00:00","receiptNumber":"KWT/2026/000001"}""",
            Options)!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(paid.Amount, Is.EqualTo(150_000));
            Assert.That(paid.Audience, Is.Not.Null);
            Assert.That(paid.Audience.OwnerClientId, Is.Null);
            Assert.That(paid.Audience.Opd, Is.Null);
        }
    }

    [Test]
    public void Refund_expiry_and_cancellation_payloads_without_an_audience_read_as_nobodys()
    {
        const string invoice = "\"invoiceId\":\"0193a1b2-0000-7000-8000-000000000001\",\"sourceModule\":\"permits\",\"sourceReference\":\"APP-1\"";
        var refund = JsonSerializer.Deserialize<RefundIssued>($$"""{"refundId":"0193a1b2-0000-7000-8000-000000000002",{{invoice}},"amount":1,"bankReference":"B","doublePayment":false,"invoiceFullyRefunded":true,"issuedAt":"2026-11-30T03:00:00+00:00"}""", Options)!;
        var expired = JsonSerializer.Deserialize<InvoiceExpired>($$"""{{{invoice}},"expiredAt":"2026-11-30T03:00:00+00:00"}""", Options)!;
        var cancelled = JsonSerializer.Deserialize<InvoiceCancelled>($$"""{{{invoice}},"cancelledAt":"2026-11-30T03:00:00+00:00"}""", Options)!;

        Assert.That(new[] { refund.Audience, expired.Audience, cancelled.Audience }, Is.All.EqualTo(new GovServices.BuildingBlocks.Messaging.EventAudience(null, null)));
    }
}
