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
public sealed partial class PaymentsApiTests(DatabaseProvider provider)
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
    public async Task Every_invoice_rule_answers_in_Indonesian_when_asked()
    {
        using var api = await ApiAsync("opd-system", "payments.manage");
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id");
        var now = DateTimeOffset.UtcNow;

        using var response = await api.PostAsJsonAsync(Invoices, new
        {
            source = new { module = "Perizinan", reference = "" },
            amount = 0,
            description = "",
            payerName = new string('a', 201),
            payerNik = "123",
            dueAt = now,
            expiresAt = now.AddDays(-1),
        });
        var errors = await ErrorsAsync(response);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(errors["Source.Module"], Is.EqualTo("Modul sumber paling banyak 50 huruf kecil, angka, '-' atau '_', diawali huruf."));
            Assert.That(errors["Source.Reference"], Is.EqualTo("Isi referensi sumber, paling banyak 100 karakter."));
            Assert.That(errors["Amount"], Is.EqualTo("Jumlah dalam rupiah bulat, lebih dari nol dan paling banyak 1.000.000.000.000."));
            Assert.That(errors["Description"], Is.EqualTo("Isi uraian yang dibayar, paling banyak 500 karakter."));
            Assert.That(errors["PayerName"], Is.EqualTo("Isi nama pembayar, paling banyak 200 karakter."));
            Assert.That(errors["PayerNik"], Is.EqualTo("Isi NIK 16 digit yang sah, atau kosongkan."));
            Assert.That(errors["ExpiresAt"], Is.EqualTo("Batas waktu pembayaran harus di masa depan."));
            Assert.That(errors["DueAt"], Is.EqualTo("Jatuh tempo tidak boleh setelah batas waktu pembayaran."));
        }
    }

    [Test]
    public async Task A_missing_source_and_an_amount_too_large_answer_in_Indonesian_too()
    {
        using var api = await ApiAsync("opd-system", "payments.manage");
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id");

        using var response = await api.PostAsJsonAsync(Invoices, new
        {
            amount = IssueInvoice.IssueInvoiceValidator.MaxAmount + 1,
            description = "Retribusi",
            payerName = "Siti Rahmawati",
        });
        var errors = await ErrorsAsync(response);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(errors["Source"], Is.EqualTo("Isi sumber tagihan: modul dan datanya yang ditagihkan."));
            Assert.That(errors["Amount"], Is.EqualTo("Jumlah dalam rupiah bulat, lebih dari nol dan paling banyak 1.000.000.000.000."));
        }
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

    private async Task ExpireAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Mediator.IMediator>().Send(new ExpireInvoices.ExpireInvoicesCommand(100));
    }

    private static NewInvoiceRequest NewInvoice(long amount, string? nik = null) =>
        new(new NewInvoiceSource("permits", "APP-" + Guid.NewGuid()), amount, "Retribusi persetujuan bangunan gedung", "Siti Rahmawati", nik);

    private static async Task<string> IdOf(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();

    /// <summary>The first message of each field of a validation problem, by field name as the problem writes it.</summary>
    private static async Task<Dictionary<string, string>> ErrorsAsync(HttpResponseMessage response)
    {
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())?["errors"]?.AsObject() ?? [];
        return errors.ToDictionary(error => error.Key, error => error.Value!.AsArray()[0]!.GetValue<string>(), StringComparer.OrdinalIgnoreCase);
    }

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
