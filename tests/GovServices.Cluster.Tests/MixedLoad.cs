using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GovServices.Cluster.Tests;

/// <summary>
/// The mixed load of issue 18: complaint filings whose retry goes to the other instance with the same Idempotency-Key,
/// NIK verifications, bank notifications repeated with the same X-EXTERNAL-ID on the other instance, permit
/// applications taken to issuance (free ones at approval, paid ones through the bank and the outbox), tokens issued,
/// used, revoked through one instance and refused by the other, and the webhooks all of it causes. <see cref="Concurrency"/> workers run operations one
/// after another until the deadline. A request cut off by the kill is handled as a real client would: an idempotent
/// one is sent again (same key, same external id), anything else is given up.
/// </summary>
internal sealed class MixedLoad(Cluster cluster, LoadActors actors, LoadFindings findings)
{
    public const int Concurrency = 8;
    public const string DemoCitizenNik = "6474014107900001";
    public const string DemoCitizenName = "Siti Rahmawati";

    /// <summary>Not the purpose Permits states when it verifies an applicant, so the access trail tells the two apart.</summary>
    public const string VerificationPurpose = "health-service";
    private const string PaymentPath = "/api/v1/payments/channel/transfer-va/payment";
    private const int ClientRetries = 10;
    private static readonly int[] Created = [201];
    private static readonly int[] Ok = [200];
    private static readonly TimeSpan RevocationBound = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    private int _permits;
    private int _tokens;

    private ClusterTraffic Traffic => cluster.Traffic;

    /// <summary>Runs the workers until <paramref name="stop"/> is cancelled, then lets each finish its operation.</summary>
    public Task RunAsync(CancellationToken stop)
    {
        // Webhook deliveries need no turn of their own: every filing and permit step is an event the partner app is
        // subscribed to, delivered to its receiver (WebhookSink) by whichever instance claims it.
        Func<Task>[] rotation = [FileComplaintAsync, VerifyNikAsync, PayInvoiceAsync, IssuePermitAsync, CycleTokenAsync, FileComplaintAsync, VerifyNikAsync];
        return Task.WhenAll(Enumerable.Range(0, Concurrency).Select(worker => Task.Run(async () =>
        {
            for (var turn = worker; !stop.IsCancellationRequested; turn++)
                await rotation[turn % rotation.Length]();
        })));
    }

    /// <summary>The other instance than the one that answered, so that a retry is sent there.</summary>
    public string OtherThan(string? servedBy) =>
        cluster.Hosts.Select(host => host.Name).FirstOrDefault(name => name != servedBy) ?? cluster.Hosts[0].Name;

    private async Task FileComplaintAsync()
    {
        var key = Guid.NewGuid().ToString();
        var json = JsonSerializer.Serialize(new
        {
            title = "Lampu jalan padam",
            description = "Lampu jalan di depan sekolah padam sejak tiga malam.",
            category = "penerangan_jalan",
            latitude = 0.1352,
            longitude = 117.4991,
            reporter = new { name = "Budi Hartono", contact = "0812-5555-0101" },
        });
        HttpRequestMessage Filing() => new(HttpMethod.Post, "api/v1/complaints")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
            Headers = { { "Idempotency-Key", key } },
        };

        var first = await SendUntilAnsweredAsync("complaint filing", Filing, Created, actors.Partner);
        if (!first.IsSuccess)
            return;
        findings.FiledComplaints.Enqueue((first.Json["id"]!.GetValue<string>(), first.Json["trackingCode"]!.GetValue<string>()));

        var retry = await Traffic.SendAsync("complaint filing retry", Filing, Created, actors.Partner, OtherThan(first.ServedBy));
        if (retry.Status != 0)
            findings.Retries.Enqueue(new IdempotentRetry("complaint filing", first, retry));
        if (retry.IsSuccess && !retry.Replayed)
            findings.WrongAnswers.Enqueue($"A filing retried with the same key was not marked Idempotent-Replayed: {retry.Body}");
    }

    private async Task VerifyNikAsync()
    {
        var answer = await Traffic.SendAsync(
            "NIK verification",
            () => new HttpRequestMessage(HttpMethod.Post, "api/v1/civil-registry/verifications")
            {
                Content = JsonContent.Create(new { nik = DemoCitizenNik, purpose = VerificationPurpose, fullName = DemoCitizenName }),
            },
            Ok,
            actors.Partner);
        if (!answer.IsSuccess)
            return;
        if (answer.Json["found"]?.GetValue<bool>() == true && answer.Json["fullName"]?.GetValue<string>() == "Match")
            findings.MatchedVerifications.Enqueue(1);
        else
            findings.WrongAnswers.Enqueue($"The demo citizen did not match: {answer.Body}");
    }

    private async Task PayInvoiceAsync()
    {
        var key = Guid.NewGuid().ToString();
        var invoiceJson = JsonSerializer.Serialize(new
        {
            source = new { module = "cluster-test", reference = Guid.NewGuid().ToString() },
            amount = 50_000,
            description = "Retribusi uji beban",
            payerName = DemoCitizenName,
        });
        var invoice = await SendUntilAnsweredAsync(
            "invoice",
            () => new HttpRequestMessage(HttpMethod.Post, "api/v1/payments/invoices")
            {
                Content = new StringContent(invoiceJson, Encoding.UTF8, "application/json"),
                Headers = { { "Idempotency-Key", key } },
            },
            Created,
            actors.OpdSystem);
        if (!invoice.IsSuccess)
            return;

        await PayAsync(invoice.Json["id"]!.GetValue<string>(), invoice.Json["paymentCode"]!.GetValue<string>(), invoice.Json["amount"]!.GetValue<long>());
    }

    /// <summary>The bank's signed notification, then the same notification (same X-EXTERNAL-ID) to the other instance.</summary>
    private async Task<bool> PayAsync(string invoiceId, string paymentCode, long amount)
    {
        var externalId = Guid.NewGuid().ToString("N");
        var timestamp = DateTimeOffset.UtcNow.ToOffset(Wib).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        var body = $$"""{"partnerServiceId":"   80740","customerNo":"{{paymentCode[4..]}}","virtualAccountNo":"{{paymentCode}}","paymentRequestId":"pay-{{externalId}}","paidAmount":{"value":"{{amount.ToString(CultureInfo.InvariantCulture)}}.00","currency":"IDR"},"trxDateTime":"{{timestamp}}"}""";
        // The body has no whitespace outside strings, so its hash is that of its minified form (SNAP).
        var bodyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        var stringToSign = string.Join(':', "POST", PaymentPath, actors.Bank, bodyHash, timestamp);
        var signature = Convert.ToBase64String(HMACSHA512.HashData(Encoding.UTF8.GetBytes(cluster.BankSigningKey), Encoding.UTF8.GetBytes(stringToSign)));
        HttpRequestMessage Notification() => new(HttpMethod.Post, PaymentPath.TrimStart('/'))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
            Headers =
            {
                { "X-TIMESTAMP", timestamp },
                { "X-SIGNATURE", signature },
                { "X-PARTNER-ID", Cluster.BankChannel },
                { "X-EXTERNAL-ID", externalId },
            },
        };

        var first = await SendUntilAnsweredAsync("bank notification", Notification, Ok, actors.Bank);
        if (!first.IsSuccess)
            return false;
        if (first.Json["responseCode"]?.GetValue<string>() != "2002500")
            findings.WrongAnswers.Enqueue($"The bank's payment was not accepted: {first.Body}");
        findings.Payments.Enqueue((externalId, invoiceId));

        var repeat = await Traffic.SendAsync("bank notification repeat", Notification, Ok, actors.Bank, OtherThan(first.ServedBy));
        if (repeat.Status != 0)
            findings.Retries.Enqueue(new IdempotentRetry("bank notification", first, repeat));
        return true;
    }

    /// <summary>
    /// A micro-business licence (free: issued at approval) or, every fourth, a building approval whose fee the bank pays,
    /// issued when InvoicePaid reaches Permits through the outbox. The applicant is the partner app filing for the demo
    /// citizen; the officer signed in through the authorization code flow.
    /// </summary>
    private async Task IssuePermitAsync()
    {
        var paid = Interlocked.Increment(ref _permits) % 4 == 0;
        var key = Guid.NewGuid().ToString();
        object form = paid
            ? new
            {
                building_name = "Rumah Tinggal Keluarga Rahmawati",
                building_function = "hunian",
                floor_area_m2 = 120,
                floors = 2,
                land_certificate_number = "SHM 01234/Bontang Kuala",
                address = "Jl. Pattimura No. 12, Bontang Kuala",
                location = new { latitude = 0.1352, longitude = 117.4991 },
            }
            : new
            {
                business_name = "Warung Makan Bu Siti",
                business_kind = "kuliner",
                capital_rupiah = 15_000_000,
                address = "Jl. Mulawarman No. 5, Bontang Utara",
                location = new { latitude = 0.135, longitude = 117.49 },
            };
        var draftJson = JsonSerializer.Serialize(new
        {
            permitType = paid ? "PBG" : "IUMK",
            applicant = new { name = DemoCitizenName, nik = DemoCitizenNik },
            form,
        });
        var draft = await SendUntilAnsweredAsync(
            "permit step",
            () => new HttpRequestMessage(HttpMethod.Post, "api/v1/permits/applications")
            {
                Content = new StringContent(draftJson, Encoding.UTF8, "application/json"),
                Headers = { { "Idempotency-Key", key } },
            },
            Created,
            actors.Partner);
        if (!draft.IsSuccess)
            return;
        var id = draft.Json["id"]!.GetValue<string>();
        var etag = draft.ETag!;

        string[] documents = paid ? ["ktp", "land_certificate", "architectural_drawings"] : ["ktp"];
        foreach (var document in documents)
        {
            var upload = await Traffic.SendAsync("permit step", () => Upload(id, document), Created, actors.Partner);
            if (!upload.IsSuccess)
                return;
        }

        foreach (var (step, bearer) in new[] { ("submit", actors.Partner), ("start-review", actors.Officer), ("approve", actors.Officer) })
        {
            var moved = await Traffic.SendAsync("permit step", () => Step(id, step, etag), Ok, bearer);
            if (!moved.IsSuccess)
                return;
            etag = moved.ETag!;
        }

        if (paid)
        {
            var assessed = await Traffic.SendAsync("permit step", () => Step(id, "assess-fee", etag), Ok, actors.Officer);
            if (!assessed.IsSuccess)
                return;
            // The step's answer names the payment code; the invoice's id is on the application.
            var assessedApplication = await Traffic.SendAsync("permit read", () => new HttpRequestMessage(HttpMethod.Get, $"api/v1/permits/applications/{id}"), Ok, actors.Partner);
            if (!assessedApplication.IsSuccess)
                return;
            var invoiceId = assessedApplication.Json["fee"]!["invoiceId"]!.GetValue<string>();
            if (await PayAsync(invoiceId, assessed.Json["paymentCode"]!.GetValue<string>(), assessed.Json["feeAmount"]!.GetValue<long>()))
                findings.PaidApplications.Enqueue(id);
            return;
        }

        var issued = await Traffic.SendAsync("permit read", () => new HttpRequestMessage(HttpMethod.Get, $"api/v1/permits/applications/{id}"), Ok, actors.Partner);
        if (!issued.IsSuccess)
            return;
        if (issued.Json["status"]?.GetValue<string>() == "issued" && issued.Json["permit"]?["number"]?.GetValue<string>() is { } number)
            findings.IssuedPermits.Enqueue((id, number));
        else
            findings.WrongAnswers.Enqueue($"An approved free permit was not issued: {issued.Body}");
    }

    /// <summary>
    /// A token issued through one instance and accepted by the other, revoked through the first, and then refused by
    /// the other: how long after the revocation's answer is measured, against the one-second bound.
    /// </summary>
    private async Task CycleTokenAsync()
    {
        var first = cluster.Hosts[Interlocked.Increment(ref _tokens) % cluster.Hosts.Count].Name;
        var other = OtherThan(first);
        var issued = await Traffic.SendAsync("token issue", () => TokenRequest("complaints.read"), Ok, routeTo: first);
        if (!issued.IsSuccess)
            return;
        var token = issued.Json["access_token"]!.GetValue<string>();

        var accepted = await Traffic.SendAsync("token use", () => new HttpRequestMessage(HttpMethod.Get, "api/v1/identity/me"), Ok, token, other);
        if (!accepted.IsSuccess)
            return;

        var revoked = await Traffic.SendAsync(
            "token revocation",
            () => new HttpRequestMessage(HttpMethod.Post, "connect/revoke")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["client_id"] = "partner-app",
                    ["client_secret"] = "partner-app-secret",
                    ["token"] = token,
                    ["token_type_hint"] = "access_token",
                }),
            },
            Ok,
            routeTo: first);
        if (!revoked.IsSuccess)
            return;

        // Measured to the moment the refused request was sent: how long the other instance went on accepting the token,
        // not how long a busy machine took to answer.
        var revokedAt = Traffic.Now;
        while (true)
        {
            var sentAt = Traffic.Now;
            var refused = await Traffic.SendAsync("token use after revocation", () => new HttpRequestMessage(HttpMethod.Get, "api/v1/identity/me"), [200, 401], token, other);
            if (refused.Status == 0 || refused.Status >= 500)
                return;
            if (refused.Status == 401)
            {
                findings.Revocations.Enqueue((sentAt - revokedAt, revoked.ServedBy, refused.ServedBy));
                return;
            }

            if (Traffic.Now - revokedAt > RevocationBound)
            {
                findings.Revocations.Enqueue((null, revoked.ServedBy, refused.ServedBy));
                return;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>A partner app's client-credentials token request.</summary>
    public static HttpRequestMessage TokenRequest(string scopes, string clientId = "partner-app") =>
        new(HttpMethod.Post, "connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = clientId,
                ["client_secret"] = clientId + "-secret",
                ["scope"] = scopes,
            }),
        };

    /// <summary>
    /// An idempotent request as a careful client sends it: when the connection was lost (the instance died under it),
    /// again with the same key, until it is answered.
    /// </summary>
    private async Task<Answer> SendUntilAnsweredAsync(string kind, Func<HttpRequestMessage> build, int[] expected, string bearer)
    {
        var answer = await Traffic.SendAsync(kind, build, expected, bearer);
        for (var attempt = 1; attempt <= ClientRetries && answer.Status is 0 or 502 or 503 or 504; attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200));
            answer = await Traffic.SendAsync(kind + " (client's retry)", build, expected, bearer);
        }

        return answer;
    }

    private static HttpRequestMessage Upload(string id, string documentType)
    {
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(documentType == "ktp" ? Jpeg() : Pdf()), "file", $"{documentType}.bin" },
            { new StringContent(documentType), "documentType" },
        };
        return new HttpRequestMessage(HttpMethod.Post, $"api/v1/permits/applications/{id}/documents") { Content = form };
    }

    private static HttpRequestMessage Step(string id, string step, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"api/v1/permits/applications/{id}/{step}") { Content = JsonContent.Create(new { }) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return request;
    }

    private static byte[] Pdf() => [.. "%PDF-1.7\n"u8, .. Enumerable.Repeat((byte)'x', 4_000)];

    private static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, .. Enumerable.Repeat((byte)0x11, 4_000)];
}
