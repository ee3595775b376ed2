using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Messaging;
using GovServices.Payments.Contracts;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
using GovServices.Testing.Payments;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.IntegrationTests;

/// <summary>
/// A building approval from draft to issued permit through the real modules: the civil registry verifies the
/// applicant, Payments issues the invoice through its contract, the bank pays through the signed channel API,
/// and InvoicePaid travels through the outbox to Permits, which issues the permit.
/// </summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class PermitFeePaidEndToEndTests(DatabaseProvider provider)
{

    private GovServicesWebApplicationFactory? _host;
    private string? _documents;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _documents = Directory.CreateTempSubdirectory("govservices-e2e-documents-").FullName;
        _host = await GovServicesWebApplicationFactory.CreateAsync(provider, new Dictionary<string, string?>
        {
            ["Identity:SeedDemoData"] = "true",
            ["CivilRegistry:SeedDemoData"] = "true",
            ["Payments:Channels:bank-channel:SigningKey"] = SnapBank.DemoSigningKey,
            ["Permits:DocumentDirectory"] = _documents,
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Payments:ExpiryPollInterval"] = "00:00:00.200",
        });
        _host.CreateClient().Dispose();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        if (_documents is not null && Directory.Exists(_documents))
            Directory.Delete(_documents, recursive: true);
    }

    [Test]
    public async Task A_building_approval_goes_from_draft_to_an_issued_permit_once_the_bank_reports_its_fee_paid_and_a_repeated_payment_event_changes_nothing()
    {
        var oauth = new OAuthTestClient(_host!);
        using var citizen = oauth.CreateApiClient((await oauth.AuthorizationCodeAsync("citizen", "openid", "permits.apply")).AccessToken);
        using var officer = oauth.CreateApiClient((await oauth.AuthorizationCodeAsync("officer.dpmptsp", "openid", "permits.review")).AccessToken);
        var bankToken = (await oauth.ClientCredentialsAsync("bank-channel", "payments.channel")).AccessToken;
        using var bank = _host!.CreateClient();

        var (id, approved, assessed) = await AssessedBuildingApprovalAsync(citizen, officer, new { name = "Siti Rahmawati", phone = "+62 812 5555 0101" });
        var paymentCode = assessed["paymentCode"]!.GetValue<string>();
        var fee = assessed["feeAmount"]!.GetValue<long>();

        using var paid = await PayAsync(bank, bankToken, paymentCode, fee);
        var paidAnswer = JsonNode.Parse(await paid.Content.ReadAsStringAsync())!;
        var issued = await WaitForStatusAsync(citizen, id, "issued");
        var number = issued["permit"]!["number"]!.GetValue<string>();
        var token = issued["permit"]!["token"]!.GetValue<string>();
        var verification = JsonNode.Parse(await _host.CreateClient().GetStringAsync(new Uri($"/api/v1/permits/verify/{token}", UriKind.Relative)))!;

        // The same payment told again as a new message (the inbox cannot recognise it): the application is past it.
        await PublishAgainAsync(new InvoicePaid(
            Guid.Parse(issued["fee"]!["invoiceId"]!.GetValue<string>()), "permits", id, fee, DateTimeOffset.UtcNow, issued["fee"]!["receiptNumber"]!.GetValue<string>(), new EventAudience(null, null)));
        var afterReplay = await WaitForStatusAsync(citizen, id, "issued");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(approved["status"]!.GetValue<string>(), Is.EqualTo("approved"), "a building approval has a fee");
            Assert.That(assessed["status"]!.GetValue<string>(), Is.EqualTo("fee_assessed"));
            Assert.That(fee, Is.EqualTo(120 * 12_500), "Rp 12.500 per m² of floor area");
            Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.OK), paidAnswer.ToJsonString());
            Assert.That(paidAnswer["responseCode"]!.GetValue<string>(), Is.EqualTo("2002500"));
            Assert.That(number, Does.Match($@"^648/\d{{4}}/DPMPTSP/[IVXLC]+/{DateTime.UtcNow.AddHours(8).Year}$"));
            Assert.That(token.Split('.'), Has.Length.EqualTo(3), "a compact JWS");
            Assert.That(verification["status"]!.GetValue<string>(), Is.EqualTo("valid"));
            Assert.That(verification["number"]!.GetValue<string>(), Is.EqualTo(number));
            Assert.That(issued["fee"]!["receiptNumber"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty);
            Assert.That(issued["history"]!.AsArray().Select(step => step!["action"]!.GetValue<string>()), Is.EqualTo(new[]
            {
                "create", "submit", "start_review", "approve", "assess_fee", "record_payment", "issue",
            }));
            Assert.That(afterReplay["history"]!.AsArray(), Has.Count.EqualTo(issued["history"]!.AsArray().Count), "nothing happened twice");
            Assert.That(afterReplay["permit"]!["number"]!.GetValue<string>(), Is.EqualTo(number));
        }
    }

    [Test]
    public async Task An_application_whose_invoice_expired_waits_with_the_reason_gets_a_new_payment_code_on_request_and_is_issued_once_that_is_paid()
    {
        var oauth = new OAuthTestClient(_host!);
        using var citizen = oauth.CreateApiClient((await oauth.AuthorizationCodeAsync("citizen", "openid", "permits.apply")).AccessToken);
        using var officer = oauth.CreateApiClient((await oauth.AuthorizationCodeAsync("officer.dpmptsp", "openid", "permits.review")).AccessToken);
        var bankToken = (await oauth.ClientCredentialsAsync("bank-channel", "payments.channel")).AccessToken;
        using var bank = _host!.CreateClient();
        var (id, _, assessed) = await AssessedBuildingApprovalAsync(citizen, officer, new { name = "Siti Rahmawati", phone = "+62 812 5555 0101" });
        var expiredCode = assessed["paymentCode"]!.GetValue<string>();
        var fee = assessed["feeAmount"]!.GetValue<long>();
        var (_, payableETag) = await ReadAsync(await citizen.GetAsync(new Uri($"/api/v1/permits/applications/{id}", UriKind.Relative)), HttpStatusCode.OK);
        using var tooEarly = await StepAsync(officer, id, "reissue-invoice", payableETag);

        // The payment code's time runs out unpaid; Payments' expiry job tells Permits.
        await using (var connection = await _host.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync())
            await connection.ExecuteAsync("UPDATE payments.invoice SET expires_at = @past WHERE payment_code = @code", new { past = DateTimeOffset.UtcNow.AddMinutes(-1), code = expiredCode });
        var (waiting, waitingETag) = await WaitForAsync(citizen, id, application => application["fee"]!["paymentCode"] is null);
        using var latePayment = await PayAsync(bank, bankToken, expiredCode, fee);
        var (renewed, _) = await ReadAsync(await StepAsync(citizen, id, "request-new-invoice", waitingETag), HttpStatusCode.OK);
        var newCode = renewed["paymentCode"]!.GetValue<string>();
        using var paid = await PayAsync(bank, bankToken, newCode, fee);
        var issued = await WaitForStatusAsync(citizen, id, "issued");
        var history = issued["history"]!.AsArray().Select(step => step!).ToList();
        var expiry = history.Single(step => step["action"]!.GetValue<string>() == "expire_invoice");
        var request = history.Single(step => step["action"]!.GetValue<string>() == "request_new_invoice");
        var invoices = await OutboxAsync("payments", typeof(InvoiceIssued).FullName!, "sourceModule", "permits");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(tooEarly.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "a payable invoice is not replaced");
            Assert.That((await tooEarly.ReadProblemAsync()).Code, Is.EqualTo("invoice_still_payable"));
            Assert.That(waiting["status"]!.GetValue<string>(), Is.EqualTo("fee_assessed"), "back to waiting for its fee");
            Assert.That(waiting["fee"]!["amount"]!.GetValue<long>(), Is.EqualTo(fee), "the same fee");
            Assert.That(latePayment.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the bank is refused a payment to the expired code");
            Assert.That(JsonNode.Parse(await latePayment.Content.ReadAsStringAsync())!["responseCode"]!.GetValue<string>(), Is.EqualTo("4042519"));
            Assert.That(newCode, Is.Not.EqualTo(expiredCode), "a new payment code");
            Assert.That(renewed["feeAmount"]!.GetValue<long>(), Is.EqualTo(fee));
            Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(history.Select(step => step["action"]!.GetValue<string>()), Is.EqualTo(new[]
            {
                "create", "submit", "start_review", "approve", "assess_fee", "expire_invoice", "request_new_invoice", "record_payment", "issue",
            }));
            Assert.That(expiry["details"]!["paymentCode"]!.GetValue<string>(), Is.EqualTo(expiredCode), "the expired invoice stays in the history");
            Assert.That(expiry["note"]!.GetValue<string>(), Does.Contain("expired"), "with the reason");
            Assert.That(expiry["actorRole"]!.GetValue<string>(), Is.EqualTo("system"));
            Assert.That(request["actorRole"]!.GetValue<string>(), Is.EqualTo("applicant"));
            Assert.That(request["details"]!["paymentCode"]!.GetValue<string>(), Is.EqualTo(newCode));
            Assert.That(invoices.Select(invoice => invoice["sourceReference"]!.GetValue<string>()), Does.Contain(id).And.Contain($"{id}/2"), "each invoice under its own reference");
            Assert.That(issued["fee"]!["paymentCode"]!.GetValue<string>(), Is.EqualTo(newCode));
        }
    }

    [Test]
    public async Task A_partner_apps_application_publishes_each_step_to_issued_and_its_fee_invoice_names_the_app_and_the_opd()
    {
        var oauth = new OAuthTestClient(_host!);
        using var app = oauth.CreateApiClient((await oauth.ClientCredentialsAsync("partner-app", "permits.apply")).AccessToken);
        using var officer = oauth.CreateApiClient((await oauth.AuthorizationCodeAsync("officer.dpmptsp", "openid", "permits.review")).AccessToken);
        var bankToken = (await oauth.ClientCredentialsAsync("bank-channel", "payments.channel")).AccessToken;
        using var bank = _host!.CreateClient();

        var (id, _, assessed) = await AssessedBuildingApprovalAsync(app, officer, new { name = "Siti Rahmawati", nik = "6474014107900001", phone = "+62 812 5555 0101" });
        using var paid = await PayAsync(bank, bankToken, assessed["paymentCode"]!.GetValue<string>(), assessed["feeAmount"]!.GetValue<long>());
        var issued = await WaitForStatusAsync(app, id, "issued");
        var invoiceId = assessed["invoiceId"]?.GetValue<string>() ?? issued["fee"]!["invoiceId"]!.GetValue<string>();

        var steps = await OutboxAsync("permits", "GovServices.Permits.Contracts.PermitApplicationStatusChanged", "applicationId", id);
        var invoiceIssued = (await OutboxAsync("payments", typeof(InvoiceIssued).FullName!, "invoiceId", invoiceId)).Single();
        var invoicePaid = (await OutboxAsync("payments", typeof(InvoicePaid).FullName!, "invoiceId", invoiceId)).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(steps.Select(step => (step["fromStatus"]?.GetValue<string>(), step["toStatus"]!.GetValue<string>())), Is.EqualTo(new (string?, string)[]
            {
                ("draft", "submitted"), ("submitted", "under_review"), ("under_review", "approved"),
                ("approved", "fee_assessed"), ("fee_assessed", "paid"), ("paid", "issued"),
            }));
            Assert.That(steps[^1]["permitNumber"]!.GetValue<string>(), Is.EqualTo(issued["permit"]!["number"]!.GetValue<string>()));
            Assert.That(invoiceIssued["sourceModule"]!.GetValue<string>(), Is.EqualTo("permits"));
            Assert.That(invoiceIssued["sourceReference"]!.GetValue<string>(), Is.EqualTo(id));
            Assert.That(invoiceIssued["amount"]!.GetValue<long>(), Is.EqualTo(assessed["feeAmount"]!.GetValue<long>()));
            foreach (var payload in steps.Append(invoiceIssued).Append(invoicePaid))
            {
                Assert.That(payload["audience"]!["ownerClientId"]!.GetValue<string>(), Is.EqualTo("partner-app"), "the applicant's app");
                Assert.That(payload["audience"]!["opd"]!.GetValue<string>(), Is.EqualTo("DPMPTSP"), "the OPD that issues building approvals");
            }
        }
    }

    [Test]
    public async Task A_payment_event_written_before_events_carried_an_audience_still_pays_the_application()
    {
        var oauth = new OAuthTestClient(_host!);
        using var citizen = oauth.CreateApiClient((await oauth.AuthorizationCodeAsync("citizen", "openid", "permits.apply")).AccessToken);
        using var officer = oauth.CreateApiClient((await oauth.AuthorizationCodeAsync("officer.dpmptsp", "openid", "permits.review")).AccessToken);
        var (id, _, assessed) = await AssessedBuildingApprovalAsync(citizen, officer, new { name = "Siti Rahmawati", phone = "+62 812 5555 0101" });
        var invoiceId = assessed["invoiceId"]?.GetValue<string>()
            ?? JsonNode.Parse(await citizen.GetStringAsync(new Uri($"/api/v1/permits/applications/{id}", UriKind.Relative)))!["fee"]!["invoiceId"]!.GetValue<string>();

        // The payload as Payments wrote it before this release: no audience.
        var now = DateTimeOffset.UtcNow;
        await using (var connection = await _host!.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync())
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO payments.outbox_message (id, message_type, payload, occurred_at, trace_parent, attempts, next_attempt_at)
                VALUES (@id, @message_type, @payload, @occurred_at, NULL, 0, @occurred_at)
                """,
                new
                {
                    id = Guid.CreateVersion7(now),
                    message_type = typeof(InvoicePaid).FullName,
                    payload = $$"""{"invoiceId":"{{invoiceId}}","sourceModule":"permits","sourceReference":"{{id}}","amount":{{assessed["feeAmount"]!.GetValue<long>()}},"paidAt":"{{now:O}}","receiptNumber":"KWT-LAMA-1"}""",
                    occurred_at = now,
                });
        }

        var issued = await WaitForStatusAsync(citizen, id, "issued");

        Assert.That(issued["fee"]!["receiptNumber"]!.GetValue<string>(), Is.EqualTo("KWT-LAMA-1"), "the old message was read and handled");
    }

    /// <summary>The payloads of <paramref name="messageType"/> in <paramref name="schema"/>'s outbox whose <paramref name="key"/> is <paramref name="value"/>, oldest first.</summary>
    private async Task<IReadOnlyList<JsonNode>> OutboxAsync(string schema, string messageType, string key, string value)
    {
        await using var connection = await _host!.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        var payloads = await connection.QueryAsync<string>(
            $"SELECT payload FROM {schema}.outbox_message WHERE message_type = @messageType ORDER BY occurred_at, id", new { messageType });
        return [.. payloads
            .Select(payload => JsonNode.Parse(payload)!)
            .Where(payload => string.Equals(payload[key]?.GetValue<string>(), value, StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>A building approval from draft to its fee assessed: submitted, reviewed and approved by the DPMPTSP officer.</summary>
    private static async Task<(string Id, JsonNode Approved, JsonNode Assessed)> AssessedBuildingApprovalAsync(HttpClient applicant, HttpClient officer, object applicantDetails)
    {
        var (draft, etag) = await ReadAsync(await applicant.PostAsJsonAsync(new Uri("/api/v1/permits/applications", UriKind.Relative), new
        {
            permitType = "PBG",
            applicant = applicantDetails,
            form = new
            {
                building_name = "Rumah Tinggal Keluarga Rahmawati",
                building_function = "hunian",
                floor_area_m2 = 120,
                floors = 2,
                land_certificate_number = "SHM 01234/Bontang Kuala",
                address = "Jl. Pattimura No. 12, Bontang Kuala",
                location = new { latitude = 0.1352, longitude = 117.4991 },
            },
        }), HttpStatusCode.Created);
        var id = draft["id"]!.GetValue<string>();
        foreach (var (documentType, content) in new[] { ("ktp", Jpeg()), ("land_certificate", Pdf()), ("architectural_drawings", Pdf()) })
            await ReadAsync(await UploadAsync(applicant, id, documentType, content), HttpStatusCode.Created);

        (_, etag) = await ReadAsync(await StepAsync(applicant, id, "submit", etag), HttpStatusCode.OK);
        (_, etag) = await ReadAsync(await StepAsync(officer, id, "start-review", etag), HttpStatusCode.OK);
        var (approved, approvedETag) = await ReadAsync(await StepAsync(officer, id, "approve", etag), HttpStatusCode.OK);
        var (assessed, _) = await ReadAsync(await StepAsync(officer, id, "assess-fee", approvedETag), HttpStatusCode.OK);
        return (id, approved, assessed);
    }

    /// <summary>Writes the event into the Payments outbox and waits until the dispatcher has delivered everything there.</summary>
    private async Task PublishAgainAsync(InvoicePaid paid)
    {
        await using (var scope = _host!.Services.CreateAsyncScope())
        {
            var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync();
            await scope.ServiceProvider.GetRequiredService<IOutbox>().EnqueueAsync("payments", paid);
            await unitOfWork.CommitAsync();
        }

        var clock = Stopwatch.StartNew();
        while (true)
        {
            await using var scope = _host.Services.CreateAsyncScope();
            await using var connection = await scope.ServiceProvider.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
            var pending = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM payments.outbox_message WHERE processed_at IS NULL");
            if (pending == 0)
                return;
            if (clock.Elapsed > TimeSpan.FromSeconds(30))
                Assert.Fail($"{pending} outbox messages still undelivered after {clock.Elapsed}.");
            await Task.Delay(200);
        }
    }

    private static async Task<(JsonNode Application, string ETag)> WaitForAsync(HttpClient api, string id, Func<JsonNode, bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var (application, etag) = await ReadAsync(await api.GetAsync(new Uri($"/api/v1/permits/applications/{id}", UriKind.Relative)), HttpStatusCode.OK);
            if (condition(application))
                return (application, etag);
            if (clock.Elapsed > TimeSpan.FromSeconds(30))
                Assert.Fail($"Not there after {clock.Elapsed}: {application.ToJsonString()}");
            await Task.Delay(200);
        }
    }

    private static async Task<JsonNode> WaitForStatusAsync(HttpClient api, string id, string status)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var application = JsonNode.Parse(await api.GetStringAsync(new Uri($"/api/v1/permits/applications/{id}", UriKind.Relative)))!;
            if (application["status"]!.GetValue<string>() == status)
                return application;
            if (clock.Elapsed > TimeSpan.FromSeconds(30))
                Assert.Fail($"Still {application["status"]} after {clock.Elapsed}: {application.ToJsonString()}");
            await Task.Delay(200);
        }
    }

    /// <summary>The treasury bank's payment notification, signed as SNAP asks.</summary>
    private static Task<HttpResponseMessage> PayAsync(HttpClient bank, string accessToken, string paymentCode, long amount) =>
        new SnapBank(bank, accessToken).PayAsync(paymentCode, amount);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient api, string id, string documentType, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", $"{documentType}.bin");
        form.Add(new StringContent(documentType), "documentType");
        return await api.PostAsync(new Uri($"/api/v1/permits/applications/{id}/documents", UriKind.Relative), form);
    }

    private static Task<HttpResponseMessage> StepAsync(HttpClient api, string id, string step, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/permits/applications/{id}/{step}", UriKind.Relative)) { Content = JsonContent.Create(new { }) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return api.SendAsync(request);
    }

    private static async Task<(JsonNode Body, string ETag)> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.That(response.StatusCode, Is.EqualTo(expected), text);
            return (JsonNode.Parse(text)!, response.Headers.ETag?.Tag ?? "");
        }
    }

    private static byte[] Pdf() => [.. "%PDF-1.7\n"u8, .. Enumerable.Repeat((byte)'x', 4_000)];

    private static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, .. Enumerable.Repeat((byte)0x11, 4_000)];
}
