using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GovServices.Notifications.Tests;

/// <summary>
/// A partner app's reporter is told at the contact given at filing only with <c>notify: true</c>; followers of a
/// complaint (citizens, and partner apps' reporters by their contact) are told as its reporter is (ADR 0067).
/// </summary>
public sealed partial class MessagesApiTests
{
    private async Task<HttpClient> PartnerAppAsync()
    {
        if (!_tokens.ContainsKey("partner-app"))
            _tokens["partner-app"] = (await OAuth.ClientCredentialsAsync("partner-app", "complaints.submit", "complaints.read")).AccessToken;
        return Api("partner-app");
    }

    /// <summary>The partner app files for a reporter reached at <paramref name="contact"/>; <paramref name="notify"/> null leaves the field out.</summary>
    private async Task<(Uri Complaint, string TrackingCode)> FileForReporterAsync(string contact, bool? notify)
    {
        using var api = await PartnerAppAsync();
        var reporter = new { name = "Siti Aminah", contact };
        object body = notify is { } consent
            ? new { title = "Drainase tersumbat", description = "Air meluap saat hujan.", category = "sampah", address = "Jl. Pupuk Raya", reporter, notify = consent }
            : new { title = "Drainase tersumbat", description = "Air meluap saat hujan.", category = "sampah", address = "Jl. Pupuk Raya", reporter };
        using var response = await api.PostAsJsonAsync(Complaints, body);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), json.ToJsonString());
        return (new Uri($"{Complaints}/{json["id"]!.GetValue<string>()}", UriKind.Relative), json["trackingCode"]!.GetValue<string>());
    }

    [Test]
    public async Task A_partner_apps_reporter_who_consented_is_told_at_the_email_given_at_filing_and_one_who_did_not_is_never_written_to()
    {
        var (consented, consentedCode) = await FileForReporterAsync("siti.aminah@warga.example", notify: true);
        var (silent, silentCode) = await FileForReporterAsync("budi@warga.example", notify: null);
        var (refused, refusedCode) = await FileForReporterAsync("+62 812 9999 0000", notify: false);
        await StepAsync("coordinator", consented, "verify");
        await StepAsync("coordinator", silent, "verify");
        await StepAsync("coordinator", refused, "verify");
        await StepAsync("coordinator", consented, "disposition");

        var mails = await _mail!.WaitForAsync(consentedCode, 2);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var log = await MessagesAboutAsync(consentedCode);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(mails.Select(mail => mail.Subject).ToList(), Has.Count.EqualTo(2).And.One.EqualTo($"Pengaduan {consentedCode} diverifikasi").And.One.StartsWith($"Pengaduan {consentedCode} diteruskan ke "));
            Assert.That(mails.Select(mail => mail.To.Mailboxes.Single().Address), Has.All.EqualTo("siti.aminah@warga.example"), "the contact given at filing");
            Assert.That(mails[0].TextBody, Does.Contain("aplikasi mitra"), "the footer says why and how to stop");
            Assert.That(log.Select(row => row.Channel), Is.EquivalentTo(new[] { "email", "email" }), "no inbox, no WhatsApp: the reporter has no account and gave an email");
            Assert.That(await MessagesAboutAsync(silentCode), Is.Empty, "no notify: no consent, nothing queued");
            Assert.That(_mail.About(silentCode), Is.Empty);
            Assert.That(await MessagesAboutAsync(refusedCode), Is.Empty, "notify: false");
            Assert.That(WhatsAppAbout(refusedCode), Is.Empty);
        }
    }

    [Test]
    public async Task A_partner_apps_reporter_who_consented_with_a_phone_number_is_told_by_whatsapp_in_e164()
    {
        var (complaint, code) = await FileForReporterAsync("0813-5555-1212", notify: true);
        await StepAsync("coordinator", complaint, "verify");

        var request = JsonNode.Parse((await WaitForAsync(() => WhatsAppAbout(code), 1)).Single().Body)!;
        await Task.Delay(TimeSpan.FromSeconds(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(request["to"]!.GetValue<string>(), Is.EqualTo("6281355551212"));
            Assert.That(request["template"]!["name"]!.GetValue<string>(), Is.EqualTo("govservices_complaint_verified"));
            Assert.That((await MessagesAboutAsync(code)).Select(row => (row.Channel, row.Address)), Is.EqualTo(new[] { ("whatsapp", (string?)"+6281355551212") }));
            Assert.That(SmsAbout(code), Is.Empty, "WhatsApp when it is configured, SMS only without it");
        }
    }

    [Test]
    public async Task A_partner_apps_reporter_whose_contact_is_neither_phone_nor_email_is_a_permanent_failure_recorded_once()
    {
        var (complaint, code) = await FileForReporterAsync("ask at the kelurahan office", notify: true);
        await StepAsync("coordinator", complaint, "verify");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while ((await MessagesAboutAsync(code)).Count == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(200);
        var message = (await MessagesAboutAsync(code)).Single();

        var status = await StatusOfAsync(message.Id, "permanent_failure");
        _host!.Clock.Advance(TimeSpan.FromHours(2));
        await Task.Delay(TimeSpan.FromSeconds(2));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(message.Channel, Is.EqualTo("whatsapp"), "not an email address: a phone channel tries it");
            Assert.That(status, Is.EqualTo("permanent_failure"));
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM notifications.delivery_attempt WHERE delivery_id = @id", new { id = message.Id }), Is.EqualTo(1), "recorded once, not retried");
            Assert.That(WhatsAppAbout(code), Is.Empty, "nothing reached the provider");
        }
    }

    [Test]
    public async Task Followers_of_a_complaint_are_told_of_its_steps_a_citizen_through_their_account_and_a_partner_apps_reporter_at_their_contact()
    {
        var (complaint, code) = await FileForReporterAsync("pelapor.asli@warga.example", notify: false);
        using (var citizen = Api("citizen"))
        using (var followed = await citizen.PostAsJsonAsync(new Uri($"{complaint}/followers", UriKind.Relative), new { }))
            Assert.That(followed.IsSuccessStatusCode, Is.True, await followed.Content.ReadAsStringAsync());
        using (var app = await PartnerAppAsync())
        using (var followed = await app.PostAsJsonAsync(new Uri($"{complaint}/followers", UriKind.Relative), new { contact = "tetangga@warga.example" }))
            Assert.That(followed.IsSuccessStatusCode, Is.True, await followed.Content.ReadAsStringAsync());

        await StepAsync("coordinator", complaint, "verify");

        var inbox = await WaitForInboxAsync(code, 1);
        var mails = await _mail!.WaitForAsync(code, 2);
        await Task.Delay(TimeSpan.FromSeconds(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(inbox.Select(item => item["templateId"]!.GetValue<string>()), Is.EqualTo(new[] { "complaint.verified" }), "the citizen who follows, in their inbox");
            Assert.That(mails.Select(mail => mail.To.Mailboxes.Single().Address), Is.EquivalentTo(new[] { CitizenEmail, "tetangga@warga.example" }),
                "the following citizen's account email and the partner app's follower; never the reporter who did not consent");
            Assert.That(WhatsAppAbout(code).Select(request => JsonNode.Parse(request.Body)!["to"]!.GetValue<string>()), Is.EqualTo(new[] { "6281234567890" }));
        }
    }
}
