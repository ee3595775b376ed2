using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.Payments.Contracts;
using GovServices.Testing;

namespace GovServices.Payments.Tests;

/// <summary>Refunds guarded by the expected refundable amount, and cancelling pending invoices.</summary>
public sealed partial class PaymentsApiTests
{
    [Test]
    public async Task A_refund_expecting_another_refundable_amount_is_refused_with_412_and_refunds_nothing()
    {
        using var opd = await ApiAsync("opd-system", "payments.manage");
        var (id, code) = await IssueOverHttpAsync(opd, 100_000);
        await PayAsync(code, 100_000, "REF-" + Guid.NewGuid());

        using var stale = await RefundAsync(opd, id, amount: 10_000, expected: 90_000);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
            Assert.That((await stale.ReadProblemAsync()).Code, Is.EqualTo("refundable_amount_changed"));
            Assert.That(await StatusOfAsync(id), Is.EqualTo("paid"));
            Assert.That(await OutboxPayloadsAsync<RefundIssued>(id), Is.Empty);
        }
    }

    [Test]
    public async Task A_partial_then_a_full_refund_make_the_invoice_partially_refunded_then_refunded_with_an_event_each()
    {
        using var opd = await ApiAsync("opd-system", "payments.manage");
        var (id, code) = await IssueOverHttpAsync(opd, 100_000);
        var receiptNumber = await PayAsync(code, 100_000, "REF-" + Guid.NewGuid());

        using var partial = await RefundAsync(opd, id, amount: 40_000, expected: 100_000);
        var afterPartial = await StatusOfAsync(id);
        using var rest = await RefundAsync(opd, id, amount: 60_000, expected: 60_000);
        using var more = await RefundAsync(opd, id, amount: 1, expected: 0);
        var verificationCode = JsonNode.Parse(await opd.GetStringAsync(ReceiptUri(receiptNumber)))!["verificationCode"]!.GetValue<string>();
        var verification = JsonNode.Parse(await Host.CreateClient().GetStringAsync(VerifyUri(verificationCode)))!;

        var partialBody = JsonNode.Parse(await partial.Content.ReadAsStringAsync())!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(partial.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(partialBody["refundableAmount"]!.GetValue<long>(), Is.EqualTo(60_000));
            Assert.That(afterPartial, Is.EqualTo("partially_refunded"));
            Assert.That(rest.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(await StatusOfAsync(id), Is.EqualTo("refunded"));
            Assert.That(more.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), "nothing is left to refund");
            Assert.That(await OutboxPayloadsAsync<RefundIssued>(id), Has.Length.EqualTo(2));
            Assert.That(await AuditCountAsync("refund.issued", id), Is.EqualTo(2));
            Assert.That(verification["valid"]!.GetValue<bool>(), Is.False, "a refunded receipt no longer proves payment");
            Assert.That(verification["status"]!.GetValue<string>(), Is.EqualTo("refunded"));
        }
    }

    [Test]
    public async Task Refunding_more_than_was_paid_is_refused()
    {
        using var opd = await ApiAsync("opd-system", "payments.manage");
        var (id, code) = await IssueOverHttpAsync(opd, 50_000);
        await PayAsync(code, 50_000, "REF-" + Guid.NewGuid());

        using var over = await RefundAsync(opd, id, amount: 50_001, expected: 50_000);
        using var negative = await RefundAsync(opd, id, amount: -5, expected: 50_000);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(over.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That((await over.ReadProblemAsync()).Code, Is.EqualTo("refund_exceeds_refundable"));
            Assert.That(negative.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await StatusOfAsync(id), Is.EqualTo("paid"));
        }
    }

    [Test]
    public async Task Refund_and_cancel_problems_speak_Indonesian_when_asked()
    {
        using var opd = await ApiAsync("opd-system", "payments.manage");
        opd.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id");
        var (id, code) = await IssueOverHttpAsync(opd, 20_000);
        var (pendingId, _) = await IssueOverHttpAsync(opd, 20_000);
        await PayAsync(code, 20_000, "REF-" + Guid.NewGuid());

        using var over = await RefundAsync(opd, id, amount: 20_001, expected: 20_000);
        using var noReasonRequest = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/payments/invoices/{pendingId}/cancel")
        {
            Content = JsonContent.Create(new { reason = "" }),
        };
        noReasonRequest.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        using var noReason = await opd.SendAsync(noReasonRequest);
        var errors = JsonNode.Parse(await noReason.Content.ReadAsStringAsync())!["errors"]!.AsObject();

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await over.ReadProblemAsync()).Detail, Does.StartWith("Paling banyak 20000 rupiah"));
            Assert.That(noReason.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(errors.Single().Value!.AsArray().Single()!.GetValue<string>(), Does.StartWith("Isi alasan pembatalan"));
        }
    }

    [Test]
    public async Task Concurrent_refunds_never_exceed_the_paid_amount()
    {
        using var opd = await ApiAsync("opd-system", "payments.manage");
        var (id, code) = await IssueOverHttpAsync(opd, 90_000);
        await PayAsync(code, 90_000, "REF-" + Guid.NewGuid());

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => RefundAsync(opd, id, amount: 60_000, expected: 90_000)));

        var refunded = await QueryAsync(connection => connection.ExecuteScalarAsync<long>(
            "SELECT COALESCE(SUM(amount), 0) FROM payments.refund WHERE invoice_id = @id", new { id }));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(responses.Count(response => response.StatusCode == HttpStatusCode.Created), Is.EqualTo(1));
            Assert.That(responses.Where(response => response.StatusCode != HttpStatusCode.Created).Select(response => response.StatusCode),
                Is.All.EqualTo(HttpStatusCode.PreconditionFailed));
            Assert.That(refunded, Is.EqualTo(60_000));
            Assert.That(await StatusOfAsync(id), Is.EqualTo("partially_refunded"));
        }

        foreach (var response in responses)
            response.Dispose();
    }

    [Test]
    public async Task A_double_payment_is_refunded_by_its_bank_reference_and_the_invoice_stays_paid()
    {
        using var opd = await ApiAsync("opd-system", "payments.manage");
        var (id, code) = await IssueOverHttpAsync(opd, 30_000);
        await PayAsync(code, 30_000, "REF-A-" + Guid.NewGuid());
        var doubleReference = "REF-B-" + Guid.NewGuid();
        await PayAsync(code, 30_000, doubleReference);
        await PayAsync(code, 30_000, doubleReference);

        using var refund = await RefundAsync(opd, id, amount: 30_000, expected: 30_000, bankReference: doubleReference);
        using var again = await RefundAsync(opd, id, amount: 30_000, expected: 30_000, bankReference: doubleReference);
        using var unknown = await RefundAsync(opd, id, amount: 1, expected: 1, bankReference: "REF-UNKNOWN");

        var body = JsonNode.Parse(await refund.Content.ReadAsStringAsync())!;
        var payload = JsonNode.Parse((await OutboxPayloadsAsync<RefundIssued>(id)).Single())!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(refund.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(body["kind"]!.GetValue<string>(), Is.EqualTo("double_payment"));
            Assert.That(await StatusOfAsync(id), Is.EqualTo("paid"));
            Assert.That(payload["doublePayment"]!.GetValue<bool>(), Is.True);
            Assert.That(payload["invoiceFullyRefunded"]!.GetValue<bool>(), Is.False);
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await FlaggedOutcomesAsync(id), Is.EqualTo(new[] { "double_payment" }), "the repeated double payment is one double payment");
        }
    }

    [Test]
    public async Task A_payment_refused_on_an_expired_invoice_that_the_bank_kept_is_flagged_and_refunded_by_its_bank_reference()
    {
        using var opd = await ApiAsync("opd-system", "payments.manage");
        var soon = DateTimeOffset.UtcNow.AddSeconds(2);
        var expiring = await IssueAsync(new InvoiceRequest("permits", "APP-" + Guid.NewGuid(), 21_000, "Retribusi", "Budi", ExpiresAt: soon));
        var id = expiring.Value.InvoiceId;
        await Task.Delay(soon - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(200));
        await ExpireAsync();
        var reference = "REF-LATE-" + Guid.NewGuid();
        using var inquiry = await Bank(Host.CreateClient()).InquireAsync(expiring.Value.PaymentCode);
        using var refused = await Bank(Host.CreateClient()).PayAsync(BankChannel.PaymentBody(expiring.Value.PaymentCode, 21_000, reference), "ext-" + Guid.NewGuid());

        using var withoutReference = await RefundAsync(opd, id, amount: 21_000, expected: 21_000);
        using var refund = await RefundAsync(opd, id, amount: 21_000, expected: 21_000, bankReference: reference);
        using var again = await RefundAsync(opd, id, amount: 21_000, expected: 21_000, bankReference: reference);

        var body = JsonNode.Parse(await refund.Content.ReadAsStringAsync())!;
        var payload = JsonNode.Parse((await OutboxPayloadsAsync<RefundIssued>(id)).Single())!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await CodeOf(inquiry), Is.EqualTo("4042419"), "the bank is told at inquiry that the bill expired");
            Assert.That(await CodeOf(refused), Is.EqualTo("4042519"), "and the payment is refused");
            Assert.That(await FlaggedOutcomesAsync(id), Is.EqualTo(new[] { "invoice_expired" }), "flagged for the treasury");
            Assert.That(withoutReference.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "the invoice has no payment of its own");
            Assert.That(refund.StatusCode, Is.EqualTo(HttpStatusCode.Created), body.ToJsonString());
            Assert.That(body["kind"]!.GetValue<string>(), Is.EqualTo("refused_payment"));
            Assert.That(body["refundableAmount"]!.GetValue<long>(), Is.Zero);
            Assert.That(await StatusOfAsync(id), Is.EqualTo("expired"), "refunding the money the bank kept does not make the invoice paid");
            Assert.That(payload["doublePayment"]!.GetValue<bool>(), Is.True, "not the invoice's own payment");
            Assert.That(payload["invoiceFullyRefunded"]!.GetValue<bool>(), Is.False);
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed), "nothing left to refund");
        }
    }

    [Test]
    public async Task Cancelling_a_pending_invoice_needs_its_etag_and_tells_the_issuing_module()
    {
        using var opd = await ApiAsync("opd-system", "payments.manage");
        var (id, code) = await IssueOverHttpAsync(opd, 12_000);

        using var withoutEtag = await CancelAsync(opd, id, etag: null);
        using var stale = await CancelAsync(opd, id, etag: "\"9\"");
        using var cancelled = await CancelAsync(opd, id, etag: "\"1\"");
        using var inquiry = await Bank(Host.CreateClient()).InquireAsync(code);
        using var refund = await RefundAsync(opd, id, amount: 12_000, expected: 12_000);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(withoutEtag.StatusCode, Is.EqualTo((HttpStatusCode)428));
            Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
            Assert.That(cancelled.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(cancelled.Headers.ETag?.Tag, Is.EqualTo("\"2\""));
            Assert.That(await StatusOfAsync(id), Is.EqualTo("cancelled"));
            Assert.That(await CodeOf(inquiry), Is.EqualTo("4042419"));
            Assert.That(await OutboxPayloadsAsync<InvoiceCancelled>(id), Has.Length.EqualTo(1));
            Assert.That(refund.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "a cancelled invoice was never paid");
        }
    }

    [Test]
    public async Task A_paid_invoice_cannot_be_cancelled()
    {
        using var opd = await ApiAsync("opd-system", "payments.manage");
        var (id, code) = await IssueOverHttpAsync(opd, 13_000);
        await PayAsync(code, 13_000, "REF-" + Guid.NewGuid());

        using var cancel = await CancelAsync(opd, id, etag: "\"2\"");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cancel.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((await cancel.ReadProblemAsync()).Code, Is.EqualTo("invoice_paid"));
            Assert.That(await StatusOfAsync(id), Is.EqualTo("paid"));
        }
    }

    [Test]
    public async Task An_invoices_refunds_are_listed_oldest_first_to_officers_and_the_payer_and_to_nobody_else()
    {
        using var opd = await ApiAsync("opd-system", "payments.manage");
        var (id, code) = await IssueOverHttpAsync(opd, 100_000, CitizenNik);
        await PayAsync(code, 100_000, "REF-" + Guid.NewGuid());
        using (await RefundAsync(opd, id, amount: 30_000, expected: 100_000))
        using (await RefundAsync(opd, id, amount: 20_000, expected: 70_000))
        {
        }

        var refunds = new Uri($"/api/v1/payments/invoices/{id}/refunds", UriKind.Relative);
        using var firstPage = await opd.GetAsync(new Uri($"{refunds}?limit=1", UriKind.Relative));
        var first = JsonNode.Parse(await firstPage.Content.ReadAsStringAsync())!;
        using var secondPage = await opd.GetAsync(new Uri($"{refunds}?limit=1&cursor={first["nextCursor"]!.GetValue<string>()}", UriKind.Relative));
        var second = JsonNode.Parse(await secondPage.Content.ReadAsStringAsync())!;
        using var citizen = OAuth.CreateApiClient((await OAuth.AuthorizationCodeAsync("citizen", "payments.read")).AccessToken);
        using var byPayer = await citizen.GetAsync(refunds);
        var payerItems = JsonNode.Parse(await byPayer.Content.ReadAsStringAsync())!["items"]!.AsArray();
        using var partner = await ApiAsync("partner-app", "payments.read");
        using var byPartner = await partner.GetAsync(refunds);
        using var unknown = await opd.GetAsync(new Uri($"/api/v1/payments/invoices/{Guid.CreateVersion7()}/refunds", UriKind.Relative));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(firstPage.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(first["items"]!.AsArray().Single()!["amount"]!.GetValue<long>(), Is.EqualTo(30_000));
            Assert.That(first["items"]![0]!["kind"]!.GetValue<string>(), Is.EqualTo("payment"));
            Assert.That(first["items"]![0]!["reason"]!.GetValue<string>(), Is.EqualTo("Permohonan dibatalkan pemohon"));
            Assert.That(second["items"]!.AsArray().Single()!["amount"]!.GetValue<long>(), Is.EqualTo(20_000));
            Assert.That(second["nextCursor"]?.GetValue<string>(), Is.Null);
            Assert.That(byPayer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(payerItems.Select(item => item!["amount"]!.GetValue<long>()), Is.EqualTo(new[] { 30_000L, 20_000L }));
            Assert.That(byPartner.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }
    }

    private static Task<HttpResponseMessage> RefundAsync(HttpClient api, Guid invoiceId, long amount, long expected, string? bankReference = null) =>
        api.PostAsJsonAsync(
            new Uri($"/api/v1/payments/invoices/{invoiceId}/refunds", UriKind.Relative),
            new { amount, expectedRefundableAmount = expected, reason = "Permohonan dibatalkan pemohon", bankReference });

    private static async Task<HttpResponseMessage> CancelAsync(HttpClient api, Guid invoiceId, string? etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/payments/invoices/{invoiceId}/cancel")
        {
            Content = JsonContent.Create(new { reason = "Salah tarif" }),
        };
        if (etag is not null)
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        return await api.SendAsync(request);
    }

    private Task<long> AuditCountAsync(string action, Guid invoiceId) => QueryAsync(connection => connection.ExecuteScalarAsync<long>(
        "SELECT COUNT(*) FROM payments.audit_log WHERE action = @action AND entity_id = @entity_id", new { action, entity_id = invoiceId.ToString() }));
}
