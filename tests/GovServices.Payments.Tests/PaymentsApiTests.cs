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

/// <summary>Invoices and the bank channel over HTTP with real tokens, on each database.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class PaymentsApiTests(DatabaseProvider provider)
{
    private static readonly Uri Invoices = new("/api/v1/payments/invoices", UriKind.Relative);

    private GovServicesWebApplicationFactory? _host;
    private string _channelToken = "";

    private GovServicesWebApplicationFactory Host => _host!;

    private OAuthTestClient OAuth => new(Host);

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await GovServicesWebApplicationFactory.CreateAsync(provider, new Dictionary<string, string?>
        {
            ["Identity:SeedDemoData"] = "true",
            ["Payments:Channels:bank-channel:SigningKey"] = BankChannel.DemoSigningKey,
        });
        _host.CreateClient().Dispose();
        _channelToken = (await OAuth.ClientCredentialsAsync("bank-channel", "payments.channel")).AccessToken;
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
    }

    [Test]
    public async Task An_opd_system_issues_an_invoice_and_reads_it_back_with_its_etag_and_the_nik_masked()
    {
        using var api = await ApiAsync("opd-system", "payments.manage");

        using var created = await api.PostAsJsonAsync(Invoices, NewInvoice(amount: 150_000, nik: "6474014107900001"));
        var invoice = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        using var read = await api.GetAsync(created.Headers.Location);
        var readBack = JsonNode.Parse(await read.Content.ReadAsStringAsync())!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(invoice["amount"]!.GetValue<long>(), Is.EqualTo(150_000));
            Assert.That(invoice["status"]!.GetValue<string>(), Is.EqualTo("pending"));
            Assert.That(invoice["paymentCode"]!.GetValue<string>(), Does.Match("^8074[0-9]{12}$"));
            Assert.That(invoice["payerNik"]!.GetValue<string>(), Is.EqualTo("647401********01"));
            Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(read.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
            Assert.That(readBack["id"]!.GetValue<string>(), Is.EqualTo(invoice["id"]!.GetValue<string>()));
        }
    }

    [Test]
    public async Task Issuing_again_for_the_same_source_answers_the_first_invoice_and_another_amount_is_a_conflict()
    {
        using var api = await ApiAsync("opd-system", "payments.manage");
        var request = NewInvoice(amount: 75_000);

        using var first = await api.PostAsJsonAsync(Invoices, request);
        using var again = await api.PostAsJsonAsync(Invoices, request);
        using var other = await api.PostAsJsonAsync(Invoices, request with { Amount = 80_000 });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await IdOf(again), Is.EqualTo(await IdOf(first)));
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((await other.ReadProblemAsync()).Code, Is.EqualTo("invoice_source_conflict"));
        }
    }

    [Test]
    public async Task An_idempotency_key_replays_the_first_answer()
    {
        using var api = await ApiAsync("opd-system", "payments.manage");
        var request = NewInvoice(amount: 10_000);

        using var first = await SendWithKeyAsync(api, request, "key-" + Guid.NewGuid());
        var key = first.RequestMessage!.Headers.GetValues("Idempotency-Key").Single();
        using var replay = await SendWithKeyAsync(api, request, key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(replay.Headers.Contains("Idempotent-Replayed"), Is.True);
            Assert.That(await IdOf(replay), Is.EqualTo(await IdOf(first)));
        }
    }

    [TestCase(0L)]
    [TestCase(-1L)]
    [TestCase(1_000_000_000_001L)]
    public async Task Amounts_must_be_positive_and_sane(long amount)
    {
        using var api = await ApiAsync("opd-system", "payments.manage");

        using var response = await api.PostAsJsonAsync(Invoices, NewInvoice(amount));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task A_partner_app_cannot_issue_invoices_nor_read_others()
    {
        using var opd = await ApiAsync("opd-system", "payments.manage");
        using var created = await opd.PostAsJsonAsync(Invoices, NewInvoice(5_000));
        using var partner = await ApiAsync("partner-app", "payments.read");

        using var issue = await partner.PostAsJsonAsync(Invoices, NewInvoice(5_000));
        using var read = await partner.GetAsync(created.Headers.Location);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(issue.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }
    }

    [Test]
    public async Task Another_module_issues_through_the_contract_idempotently()
    {
        var request = new InvoiceRequest("permits", "APP-" + Guid.NewGuid(), 250_000, "Retribusi PBG", "CV Maju Jaya");

        var first = await IssueAsync(request);
        var again = await IssueAsync(request);
        var conflicting = await IssueAsync(request with { Amount = 1 });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.IsSuccess && first.Value.Created, Is.True);
            Assert.That(again.IsSuccess && !again.Value.Created, Is.True);
            Assert.That(again.Value.InvoiceId, Is.EqualTo(first.Value.InvoiceId));
            Assert.That(again.Value.PaymentCode, Is.EqualTo(first.Value.PaymentCode));
            Assert.That(conflicting.Error?.Code, Is.EqualTo("invoice_source_conflict"));
        }
    }

    [Test]
    public async Task Concurrent_issues_for_one_source_make_one_invoice()
    {
        var request = new InvoiceRequest("permits", "APP-" + Guid.NewGuid(), 90_000, "Retribusi", "Budi");

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => IssueAsync(request)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.All(result => result.IsSuccess), Is.True, () => string.Join(", ", results.Select(result => result.Error?.Code)));
            Assert.That(results.Select(result => result.Value.InvoiceId).Distinct().Count(), Is.EqualTo(1));
            Assert.That(results.Count(result => result.Value.Created), Is.EqualTo(1));
        }
    }

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

    private async Task ExpireAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Mediator.IMediator>().Send(new ExpireInvoices.ExpireInvoices(100));
    }

    private static NewInvoiceRequest NewInvoice(long amount, string? nik = null) =>
        new(new NewInvoiceSource("permits", "APP-" + Guid.NewGuid()), amount, "Retribusi persetujuan bangunan gedung", "Siti Rahmawati", nik);

    private static async Task<string> IdOf(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();

    private static async Task<string?> CodeOf(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())?["responseCode"]?.GetValue<string>();

    private static async Task<HttpResponseMessage> SendWithKeyAsync(HttpClient api, NewInvoiceRequest body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Invoices) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await api.SendAsync(request);
    }

    private async Task<HttpClient> ApiAsync(string clientId, string scope) =>
        OAuth.CreateApiClient((await OAuth.ClientCredentialsAsync(clientId, scope)).AccessToken);

    private BankChannel Bank(HttpClient api) => new(api, _channelToken);

    private async Task<BuildingBlocks.Application.Result<IssuedInvoice>> IssueAsync(InvoiceRequest request)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IInvoiceIssuer>().IssueAsync(request);
    }

    private async Task<T> QueryAsync<T>(Func<System.Data.Common.DbConnection, Task<T>> query)
    {
        await using var connection = await Host.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        return await query(connection);
    }

    private Task<int> NotificationCountAsync(string paymentCode) => QueryAsync(connection => connection.ExecuteScalarAsync<int>(
        "SELECT COUNT(*) FROM payments.payment_notification WHERE virtual_account_no = @code", new { code = paymentCode }));

    private Task<string> StatusOfAsync(Guid invoiceId) => QueryAsync(connection => connection.ExecuteScalarAsync<string>(
        "SELECT status FROM payments.invoice WHERE id = @id", new { id = invoiceId })!)!;

    private async Task<string[]> FlaggedOutcomesAsync(Guid invoiceId) => [.. await QueryAsync(connection => connection.QueryAsync<string>(
        "SELECT outcome FROM payments.payment_notification WHERE invoice_id = @id AND flagged = @flagged", new { id = invoiceId, flagged = true }))];

    private async Task<int> InvoicePaidEventsAsync(Guid invoiceId) => (await OutboxPayloadsAsync(invoiceId)).Length;

    private Task<string[]> OutboxPayloadsAsync(Guid invoiceId) => OutboxPayloadsAsync<InvoicePaid>(invoiceId);

    private async Task<string[]> OutboxPayloadsAsync<TEvent>(Guid invoiceId) => [.. (await QueryAsync(connection => connection.QueryAsync<string>(
        "SELECT payload FROM payments.outbox_message WHERE message_type = @type",
        new { type = typeof(TEvent).FullName })))
        .Where(payload => payload.Contains(invoiceId.ToString(), StringComparison.OrdinalIgnoreCase))];

    private sealed record NewInvoiceSource(string Module, string Reference);

    private sealed record NewInvoiceRequest(NewInvoiceSource Source, long Amount, string Description, string PayerName, string? PayerNik = null);
}
