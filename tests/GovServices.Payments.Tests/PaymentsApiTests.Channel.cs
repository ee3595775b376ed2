using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Payments.Contracts;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Payments.Tests;

/// <summary>The bank channel: signed inquiries and payment notifications.</summary>
public sealed partial class PaymentsApiTests
{
    [Test]
    public async Task The_bank_inquires_a_code_and_learns_amount_payer_and_description()
    {
        var invoice = await IssueAsync(new InvoiceRequest("permits", "APP-" + Guid.NewGuid(), 125_000, "Retribusi PBG", "Siti Rahmawati"));
        using var api = Host.CreateClient();

        using var response = await Bank(api).InquireAsync(invoice.Value.PaymentCode);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body["responseCode"]!.GetValue<string>(), Is.EqualTo("2002400"));
            Assert.That(body["virtualAccountData"]!["totalAmount"]!["value"]!.GetValue<string>(), Is.EqualTo("125000.00"));
            Assert.That(body["virtualAccountData"]!["virtualAccountName"]!.GetValue<string>(), Is.EqualTo("Siti Rahmawati"));
            Assert.That(body["virtualAccountData"]!["additionalInfo"]!["description"]!.GetValue<string>(), Is.EqualTo("Retribusi PBG"));
        }
    }

    [Test]
    public async Task An_unknown_or_expired_code_gets_its_own_response_code()
    {
        var soon = DateTimeOffset.UtcNow.AddSeconds(2);
        var expiring = await IssueAsync(new InvoiceRequest("permits", "APP-" + Guid.NewGuid(), 1_000, "x", "y", ExpiresAt: soon));
        using var api = Host.CreateClient();
        await Task.Delay(soon - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(200));

        using var unknown = await Bank(api).InquireAsync("8074000000000000" [..15] + "7");
        using var expired = await Bank(api).InquireAsync(expiring.Value.PaymentCode);
        using var expiredPayment = await Bank(api).PayAsync(BankChannel.PaymentBody(expiring.Value.PaymentCode, 1_000, "REF-" + Guid.NewGuid()), "ext-" + Guid.NewGuid());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await CodeOf(unknown), Is.EqualTo("4042412"));
            Assert.That(await CodeOf(expired), Is.EqualTo("4042419"));
            Assert.That(await CodeOf(expiredPayment), Is.EqualTo("4042519"));
            Assert.That(await FlaggedOutcomesAsync(expiring.Value.InvoiceId), Is.EqualTo(new[] { "invoice_expired" }));
        }
    }

    [Test]
    public async Task Every_signature_and_timestamp_failure_is_refused_and_records_nothing()
    {
        var invoice = await IssueAsync(new InvoiceRequest("permits", "APP-" + Guid.NewGuid(), 40_000, "x", "y"));
        var body = BankChannel.PaymentBody(invoice.Value.PaymentCode, 40_000, "REF-" + Guid.NewGuid());
        var tampered = body.Replace("40000.00", "4000.00", StringComparison.Ordinal);
        using var api = Host.CreateClient();
        var bank = Bank(api);
        var path = BankChannel.PaymentPath;

        var failures = new Dictionary<string, HttpResponseMessage>
        {
            ["tampered body"] = await bank.SendAsync(path, body, "ext-1", sentBody: tampered),
            ["wrong key"] = await bank.SendAsync(path, body, "ext-2", key: "not-the-key"),
            ["stale timestamp"] = await bank.SendAsync(path, body, "ext-3", timestamp: DateTimeOffset.UtcNow.AddMinutes(-6)),
            ["future timestamp"] = await bank.SendAsync(path, body, "ext-4", timestamp: DateTimeOffset.UtcNow.AddMinutes(6)),
            ["no timestamp"] = await bank.SendAsync(path, body, "ext-5", sendTimestamp: false),
            ["no signature"] = await bank.SendAsync(path, body, "ext-6", sendSignature: false),
        };
        var expected = new Dictionary<string, (HttpStatusCode, string)>
        {
            ["tampered body"] = (HttpStatusCode.Unauthorized, "4012500"),
            ["wrong key"] = (HttpStatusCode.Unauthorized, "4012500"),
            ["stale timestamp"] = (HttpStatusCode.Unauthorized, "4012500"),
            ["future timestamp"] = (HttpStatusCode.Unauthorized, "4012500"),
            ["no timestamp"] = (HttpStatusCode.BadRequest, "4002502"),
            ["no signature"] = (HttpStatusCode.BadRequest, "4002502"),
        };
        using var noToken = await Host.CreateClient().PostAsync(new Uri(path, UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        using var inquiryWrongKey = await bank.SendAsync(BankChannel.InquiryPath, BankChannel.InquiryBody(invoice.Value.PaymentCode), key: "not-the-key");

        using (Assert.EnterMultipleScope())
        {
            foreach (var (name, response) in failures)
            {
                Assert.That((response.StatusCode, await CodeOf(response)), Is.EqualTo(expected[name]), name);
                response.Dispose();
            }

            Assert.That(noToken.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(await CodeOf(inquiryWrongKey), Is.EqualTo("4012400"));
            Assert.That(await NotificationCountAsync(invoice.Value.PaymentCode), Is.Zero);
            Assert.That(await StatusOfAsync(invoice.Value.InvoiceId), Is.EqualTo("pending"));
        }
    }

    [Test]
    public async Task Fifty_concurrent_identical_notifications_make_one_payment_and_fifty_identical_answers()
    {
        var invoice = await IssueAsync(new InvoiceRequest("permits", "APP-" + Guid.NewGuid(), 300_000, "Retribusi", "Budi"));
        var body = BankChannel.PaymentBody(invoice.Value.PaymentCode, 300_000, "REF-" + Guid.NewGuid());
        var externalId = "ext-" + Guid.NewGuid();
        using var api = Host.CreateClient();
        var bank = Bank(api);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            using var response = await bank.PayAsync(body, externalId);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        var answer = JsonNode.Parse(responses[0].Body)!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(responses.Select(response => response.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(responses.Select(response => response.Body).Distinct().Count(), Is.EqualTo(1), "50 identical answers");
            Assert.That(answer["responseCode"]!.GetValue<string>(), Is.EqualTo("2002500"));
            Assert.That(answer["virtualAccountData"]!["additionalInfo"]!["receiptNumber"]!.GetValue<string>(), Does.Match("^BTG-[0-9]{8}-[0-9A-Z]{8}$"));
            Assert.That(await NotificationCountAsync(invoice.Value.PaymentCode), Is.EqualTo(1));
            Assert.That(await StatusOfAsync(invoice.Value.InvoiceId), Is.EqualTo("paid"));
            Assert.That(await InvoicePaidEventsAsync(invoice.Value.InvoiceId), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task A_second_bank_reference_for_a_paid_invoice_is_accepted_and_flagged_as_a_double_payment()
    {
        var invoice = await IssueAsync(new InvoiceRequest("permits", "APP-" + Guid.NewGuid(), 60_000, "Retribusi", "Budi"));
        using var api = Host.CreateClient();
        var bank = Bank(api);

        using var first = await bank.PayAsync(BankChannel.PaymentBody(invoice.Value.PaymentCode, 60_000, "REF-A-" + Guid.NewGuid()), "ext-" + Guid.NewGuid());
        using var second = await bank.PayAsync(BankChannel.PaymentBody(invoice.Value.PaymentCode, 60_000, "REF-B-" + Guid.NewGuid()), "ext-" + Guid.NewGuid());

        var answer = JsonNode.Parse(await second.Content.ReadAsStringAsync())!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await CodeOf(first), Is.EqualTo("2002500"));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(answer["virtualAccountData"]!["additionalInfo"]!["flag"]!.GetValue<string>(), Is.EqualTo("double_payment"));
            Assert.That(await FlaggedOutcomesAsync(invoice.Value.InvoiceId), Is.EqualTo(new[] { "double_payment" }));
            Assert.That(await InvoicePaidEventsAsync(invoice.Value.InvoiceId), Is.EqualTo(1), "one payment");
        }
    }

    [Test]
    public async Task The_same_bank_reference_under_a_new_external_id_is_the_same_payment_and_a_paid_code_inquires_as_paid()
    {
        var invoice = await IssueAsync(new InvoiceRequest("permits", "APP-" + Guid.NewGuid(), 33_000, "Retribusi", "Budi"));
        var body = BankChannel.PaymentBody(invoice.Value.PaymentCode, 33_000, "REF-" + Guid.NewGuid());
        using var api = Host.CreateClient();

        using var first = await Bank(api).PayAsync(body, "ext-" + Guid.NewGuid());
        using var retried = await Bank(api).PayAsync(body, "ext-" + Guid.NewGuid());
        using var inquiry = await Bank(api).InquireAsync(invoice.Value.PaymentCode);

        var receipt = JsonNode.Parse(await first.Content.ReadAsStringAsync())!["virtualAccountData"]!["additionalInfo"]!["receiptNumber"]!.GetValue<string>();
        var retriedReceipt = JsonNode.Parse(await retried.Content.ReadAsStringAsync())!["virtualAccountData"]!["additionalInfo"]!["receiptNumber"]!.GetValue<string>();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(retriedReceipt, Is.EqualTo(receipt));
            Assert.That(await FlaggedOutcomesAsync(invoice.Value.InvoiceId), Is.Empty);
            Assert.That(await InvoicePaidEventsAsync(invoice.Value.InvoiceId), Is.EqualTo(1));
            Assert.That(await CodeOf(inquiry), Is.EqualTo("4042414"));
        }
    }

    [Test]
    public async Task An_amount_mismatch_is_refused_and_flagged_and_the_invoice_stays_payable()
    {
        var invoice = await IssueAsync(new InvoiceRequest("permits", "APP-" + Guid.NewGuid(), 70_000, "Retribusi", "Budi"));
        using var api = Host.CreateClient();

        using var response = await Bank(api).PayAsync(BankChannel.PaymentBody(invoice.Value.PaymentCode, 7_000, "REF-" + Guid.NewGuid()), "ext-" + Guid.NewGuid());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await CodeOf(response), Is.EqualTo("4042513"));
            Assert.That(await FlaggedOutcomesAsync(invoice.Value.InvoiceId), Is.EqualTo(new[] { "amount_mismatch" }));
            Assert.That(await StatusOfAsync(invoice.Value.InvoiceId), Is.EqualTo("pending"));
        }
    }

    [Test]
    public async Task The_same_external_id_with_another_body_is_a_conflict()
    {
        var invoice = await IssueAsync(new InvoiceRequest("permits", "APP-" + Guid.NewGuid(), 20_000, "Retribusi", "Budi"));
        using var api = Host.CreateClient();
        var externalId = "ext-" + Guid.NewGuid();

        using var first = await Bank(api).PayAsync(BankChannel.PaymentBody(invoice.Value.PaymentCode, 20_000, "REF-1"), externalId);
        using var other = await Bank(api).PayAsync(BankChannel.PaymentBody(invoice.Value.PaymentCode, 20_000, "REF-2"), externalId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await CodeOf(first), Is.EqualTo("2002500"));
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(await CodeOf(other), Is.EqualTo("4092500"));
        }
    }

    [Test]
    public async Task A_paid_invoice_publishes_InvoicePaid_with_its_source_and_receipt_through_the_outbox()
    {
        var reference = "APP-" + Guid.NewGuid();
        var invoice = await IssueAsync(new InvoiceRequest("permits", reference, 45_000, "Retribusi", "Budi"));
        using var api = Host.CreateClient();

        using var paid = await Bank(api).PayAsync(BankChannel.PaymentBody(invoice.Value.PaymentCode, 45_000, "REF-" + Guid.NewGuid()), "ext-" + Guid.NewGuid());

        var receipt = JsonNode.Parse(await paid.Content.ReadAsStringAsync())!["virtualAccountData"]!["additionalInfo"]!["receiptNumber"]!.GetValue<string>();
        var payload = JsonNode.Parse((await OutboxPayloadsAsync(invoice.Value.InvoiceId)).Single())!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(payload["sourceModule"]!.GetValue<string>(), Is.EqualTo("permits"));
            Assert.That(payload["sourceReference"]!.GetValue<string>(), Is.EqualTo(reference));
            Assert.That(payload["amount"]!.GetValue<long>(), Is.EqualTo(45_000));
            Assert.That(payload["receiptNumber"]!.GetValue<string>(), Is.EqualTo(receipt));
        }
    }

    [Test]
    public async Task A_pending_invoice_past_its_expiry_is_expired_once_and_InvoiceExpired_is_published()
    {
        var soon = DateTimeOffset.UtcNow.AddSeconds(1);
        var invoice = await IssueAsync(new InvoiceRequest("permits", "APP-" + Guid.NewGuid(), 15_000, "Retribusi", "Budi", ExpiresAt: soon));
        await Task.Delay(soon - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(200));

        await ExpireAsync();
        await ExpireAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await StatusOfAsync(invoice.Value.InvoiceId), Is.EqualTo("expired"));
            Assert.That(await OutboxPayloadsAsync<InvoiceExpired>(invoice.Value.InvoiceId), Has.Length.EqualTo(1));
        }
    }
}
