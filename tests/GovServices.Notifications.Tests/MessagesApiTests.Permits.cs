using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GovServices.Notifications.Tests;

/// <summary>A permit's applicant is told of each step that asks something of them or decides (ADR 0068).</summary>
public sealed partial class MessagesApiTests
{
    private static readonly Uri Applications = new("/api/v1/permits/applications", UriKind.Relative);

    private async Task<HttpClient> PermitsApiAsync(string who)
    {
        var key = who + ".permits";
        if (!_tokens.ContainsKey(key))
        {
            _tokens[key] = who switch
            {
                "partner-app" => (await OAuth.ClientCredentialsAsync("partner-app", "permits.apply")).AccessToken,
                "officer.dpmptsp" => (await OAuth.AuthorizationCodeAsync("officer.dpmptsp", "openid", "permits.review")).AccessToken,
                _ => (await OAuth.AuthorizationCodeAsync(who, "openid", "permits.apply")).AccessToken,
            };
        }

        return Api(key);
    }

    /// <summary>A draft with its documents uploaded; its id and ETag.</summary>
    private async Task<(string Id, string ETag)> PermitDraftAsync(HttpClient applicant, string type, object applicantDetails, object form, params string[] documents)
    {
        using var created = await applicant.PostAsJsonAsync(Applications, new { permitType = type, applicant = applicantDetails, form });
        var body = await created.Content.ReadAsStringAsync();
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), body);
        var id = JsonNode.Parse(body)!["id"]!.GetValue<string>();
        foreach (var document in documents)
        {
            using var upload = new MultipartFormDataContent();
            var file = new ByteArrayContent([.. "%PDF-1.7\n"u8, .. Enumerable.Repeat((byte)'x', 2_000)]);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            upload.Add(file, "file", document + ".pdf");
            upload.Add(new StringContent(document), "documentType");
            using var uploaded = await applicant.PostAsync(new Uri($"{Applications}/{id}/documents", UriKind.Relative), upload);
            Assert.That(uploaded.StatusCode, Is.EqualTo(HttpStatusCode.Created), await uploaded.Content.ReadAsStringAsync());
        }

        return (id, created.Headers.ETag!.Tag);
    }

    private static async Task<(JsonNode Body, string ETag)> PermitStepAsync(HttpClient api, string id, string step, string etag, object? body = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{Applications}/{id}/{step}", UriKind.Relative)) { Content = JsonContent.Create(body ?? new { }) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        using var response = await api.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{step}: {text}");
        return (JsonNode.Parse(text)!, response.Headers.ETag!.Tag);
    }

    private List<MimeKit.MimeMessage> ToApplicant(string email = "usaha.bu.siti@warga.example") =>
        [.. _mail!.Received.Where(mail => mail.To.Mailboxes.Any(box => box.Address == email))];

    [Test]
    public async Task A_partner_apps_applicant_is_told_at_the_email_on_the_application_of_revision_approval_issue_with_the_verification_link_and_revocation()
    {
        const string email = "usaha.bu.siti@warga.example";
        var app = await PermitsApiAsync("partner-app");
        var officer = await PermitsApiAsync("officer.dpmptsp");
        var (id, etag) = await PermitDraftAsync(app, "IUMK", new { name = "Siti Rahmawati", nik = "6474014107900001", email },
            new { business_name = "Warung Makan Bu Siti", business_kind = "kuliner", capital_rupiah = 15_000_000, address = "Jl. Mulawarman No. 5, Bontang Utara", location = new { latitude = 0.135, longitude = 117.49 } },
            "ktp");
        (_, etag) = await PermitStepAsync(app, id, "submit", etag);
        (_, etag) = await PermitStepAsync(officer, id, "start-review", etag);
        (_, etag) = await PermitStepAsync(officer, id, "request-revision", etag, new { items = new[] { new { item = "general", reason = "Lengkapi alamat usaha." } } });
        (_, etag) = await PermitStepAsync(app, id, "submit", etag);
        (_, etag) = await PermitStepAsync(officer, id, "start-review", etag);
        var (issued, _) = await PermitStepAsync(officer, id, "approve", etag);
        Assert.That(issued["status"]!.GetValue<string>(), Is.EqualTo("issued"), "a micro-business licence is free: issued on approval");
        var application = JsonNode.Parse(await officer.GetStringAsync(new Uri($"{Applications}/{id}", UriKind.Relative)))!;
        var permitId = application["permit"]!["id"]!.GetValue<string>();
        var permitNumber = application["permit"]!["number"]!.GetValue<string>();
        using var permit = await officer.GetAsync(new Uri($"/api/v1/permits/issued/{permitId}", UriKind.Relative));
        using var revoke = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/permits/issued/{permitId}/revoke", UriKind.Relative))
        {
            Content = JsonContent.Create(new { reason = "Usaha tidak lagi berjalan." }),
        };
        revoke.Headers.TryAddWithoutValidation("If-Match", permit.Headers.ETag!.Tag);
        using (var revoked = await officer.SendAsync(revoke))
            Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.OK), await revoked.Content.ReadAsStringAsync());

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (ToApplicant().Count < 4 && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var toApplicant = ToApplicant();
        var bodies = toApplicant.GroupBy(mail => mail.Subject ?? "").ToDictionary(group => group.Key, group => group.First().TextBody ?? "");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(bodies.Keys, Is.EquivalentTo(new[]
            {
                $"Permohonan izin {id} perlu dilengkapi", $"Permohonan izin {id} disetujui", $"Izin {permitNumber} terbit", $"Izin {permitNumber} dicabut",
            }), "revision, approval, issue, revocation: not the applicant's own submissions nor the review starting");
            Assert.That(bodies[$"Permohonan izin {id} perlu dilengkapi"], Does.Contain("general: Lengkapi alamat usaha."), "the officer's items");
            Assert.That(bodies[$"Izin {permitNumber} terbit"], Does.Contain("https://layanan.bontangkota.go.id/api/v1/permits/verify/ey"), "the verification link with the permit's signed token");
            Assert.That(bodies[$"Izin {permitNumber} dicabut"], Does.Contain("Usaha tidak lagi berjalan."), "the revocation's reason");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM permits.audit_log WHERE action = 'application.applicant_contact_read' AND entity_id = @id", new { id }),
                Is.EqualTo(4), "each read of the applicant is in Permits' audit trail");
            Assert.That(toApplicant, Has.Count.EqualTo(4), "each once");
        }
    }

    [Test]
    public async Task A_citizen_applicant_is_told_the_assessed_fee_with_its_payment_code_amount_and_due_date_in_their_inbox()
    {
        var (id, _, paymentCode) = await AssessedPermitAsync();

        var inbox = await WaitForInboxAsync(id, 2);
        var fee = inbox.Single(item => item["templateId"]!.GetValue<string>() == "permit.fee_assessed");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(inbox.Select(item => item["templateId"]!.GetValue<string>()), Is.EquivalentTo(new[] { "permit.approved", "permit.fee_assessed" }));
            Assert.That(fee["title"]!.GetValue<string>(), Is.EqualTo($"Biaya izin {id}: Rp 1.500.000"), "120 m² at Rp 12.500");
            Assert.That(fee["text"]!.GetValue<string>(), Does.Match($@"^Biaya izin Rp 1\.500\.000\. Kode bayar {paymentCode}, bayar sebelum \d\d-\d\d-\d{{4}} \d\d:\d\d WITA\. https://layanan\.bontangkota\.go\.id/api/v1/permits/applications/{id}$"));
        }
    }
}
