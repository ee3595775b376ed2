using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Messaging;
using GovServices.Payments.Contracts;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
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
    private const string BankSigningKey = "bank-channel-secret";
    private const string PaymentPath = "/api/v1/payments/channel/transfer-va/payment";
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

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
            ["Payments:Channels:bank-channel:SigningKey"] = BankSigningKey,
            ["Permits:DocumentDirectory"] = _documents,
            ["Outbox:PollInterval"] = "00:00:00.200",
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

        var (draft, etag) = await ReadAsync(await citizen.PostAsJsonAsync(new Uri("/api/v1/permits/applications", UriKind.Relative), new
        {
            permitType = "PBG",
            applicant = new { name = "Siti Rahmawati", phone = "+62 812 5555 0101" },
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
            await ReadAsync(await UploadAsync(citizen, id, documentType, content), HttpStatusCode.Created);

        (_, etag) = await ReadAsync(await StepAsync(citizen, id, "submit", etag), HttpStatusCode.OK);
        (_, etag) = await ReadAsync(await StepAsync(officer, id, "start-review", etag), HttpStatusCode.OK);
        var (approved, approvedETag) = await ReadAsync(await StepAsync(officer, id, "approve", etag), HttpStatusCode.OK);
        var (assessed, _) = await ReadAsync(await StepAsync(officer, id, "assess-fee", approvedETag), HttpStatusCode.OK);
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

    /// <summary>The treasury bank's payment notification, signed as SNAP asks (HMAC-SHA512 over method, path, token, body hash and time).</summary>
    private static async Task<HttpResponseMessage> PayAsync(HttpClient bank, string accessToken, string paymentCode, long amount)
    {
        var timestamp = DateTimeOffset.UtcNow.ToOffset(Wib).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        var body = $$"""{"partnerServiceId":"   80740","customerNo":"{{paymentCode[4..]}}","virtualAccountNo":"{{paymentCode}}","paymentRequestId":"pay-{{Guid.NewGuid():N}}","paidAmount":{"value":"{{amount.ToString(CultureInfo.InvariantCulture)}}.00","currency":"IDR"},"trxDateTime":"{{timestamp}}"}""";
        // The body has no whitespace outside strings, so its hash is that of its minified form.
        var bodyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        var stringToSign = string.Join(':', "POST", PaymentPath, accessToken, bodyHash, timestamp);
        var signature = HMACSHA512.HashData(Encoding.UTF8.GetBytes(BankSigningKey), Encoding.UTF8.GetBytes(stringToSign));
        using var request = new HttpRequestMessage(HttpMethod.Post, PaymentPath) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        request.Headers.Add("X-TIMESTAMP", timestamp);
        request.Headers.Add("X-SIGNATURE", Convert.ToBase64String(signature));
        request.Headers.Add("X-PARTNER-ID", "bank-channel");
        request.Headers.Add("X-EXTERNAL-ID", Guid.NewGuid().ToString("N"));
        return await bank.SendAsync(request);
    }

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
