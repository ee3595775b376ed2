using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GovServices.Notifications.Tests;

public sealed partial class MessagesApiTests
{
    private static readonly string[] LifecycleTemplates =
    [
        "complaint.verified", "complaint.dispositioned", "complaint.in_progress", "complaint.commented", "complaint.resolved",
        "complaint.reopened", "complaint.in_progress", "complaint.resolved", "complaint.closed",
    ];

    [Test]
    public async Task A_complaint_walked_through_its_lifecycle_tells_its_reporter_each_public_step_once_in_the_inbox_by_email_and_by_whatsapp()
    {
        var (complaint, code) = await FileComplaintAsync();
        await StepAsync("coordinator", complaint, "verify", new { note = "Lokasi jelas." });
        await StepAsync("coordinator", complaint, "disposition");
        await StepAsync("officer.dlh", complaint, "start");
        await CommentAsync("officer.dlh", complaint, "Tim kami menuju lokasi.");
        await CommentAsync("citizen", complaint, "Terima kasih.");
        await StepAsync("officer.dlh", complaint, "resolve", new { answer = "Sampah sudah diangkut." });
        await StepAsync("citizen", complaint, "reopen", new { reason = "Sampahnya menumpuk lagi." });
        await StepAsync("officer.dlh", complaint, "start");
        await StepAsync("officer.dlh", complaint, "resolve", new { answer = "Jadwal angkut ditambah menjadi harian." });
        await StepAsync("citizen", complaint, "close");

        var inbox = await WaitForInboxAsync(code, LifecycleTemplates.Length);
        var mails = await _mail!.WaitForAsync(code, LifecycleTemplates.Length);
        var whatsApp = await WaitForAsync(() => WhatsAppAbout(code), LifecycleTemplates.Length);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var log = await MessagesAboutAsync(code);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(inbox.Select(item => item["templateId"]!.GetValue<string>()), Is.EquivalentTo(LifecycleTemplates), "the inbox: every public step and the staff comment, not the filing nor the reporter's own comment");
            Assert.That(_mail.About(code), Has.Count.EqualTo(LifecycleTemplates.Length), "one email a step");
            Assert.That(WhatsAppAbout(code), Has.Count.EqualTo(LifecycleTemplates.Length), "one WhatsApp message a step");
            Assert.That(SmsAbout(code), Is.Empty, "SMS is off by default");
            Assert.That(log.GroupBy(row => row.Channel).ToDictionary(group => group.Key, group => group.Count()),
                Is.EquivalentTo(new Dictionary<string, int> { ["inbox"] = 9, ["email"] = 9, ["whatsapp"] = 9 }));
            Assert.That(log.Select(row => row.TemplateVersion), Has.All.EqualTo(1), "each message records its template's version");
            Assert.That(log.Where(row => row.Channel == "whatsapp").Select(row => row.Address), Has.All.EqualTo(CitizenPhone), "the phone normalised to E.164");

            var verified = inbox.Single(item => item["templateId"]!.GetValue<string>() == "complaint.verified");
            Assert.That(verified["text"]!.GetValue<string>(), Does.StartWith($"Pengaduan {code} sudah diverifikasi dan diteruskan"), "in Bahasa Indonesia by default");
            Assert.That(verified["link"]!.GetValue<string>(), Is.EqualTo($"https://layanan.bontangkota.go.id/api/v1/complaints/track/{code}"));
            Assert.That(verified["readAt"], Is.Null);
        }

        var mail = mails.Single(message => message.Subject == $"Pengaduan {code} diverifikasi");
        var request = JsonNode.Parse(whatsApp.Single(received => received.Body.Contains("govservices_complaint_verified", StringComparison.Ordinal)).Body)!;
        var logged = log.Single(row => row.Channel == "email" && row.TemplateId == "complaint.verified");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(mail.To.Mailboxes.Single().Address, Is.EqualTo(CitizenEmail), "the address of the citizen's account");
            Assert.That(mail.From.Mailboxes.Single().Address, Is.EqualTo("no-reply@bontangkota.go.id"));
            Assert.That(mail.MessageId, Is.EqualTo($"{logged.Id}@bontangkota.go.id"), "the message id is the idempotency key");
            Assert.That(mail.TextBody, Does.Contain($"https://layanan.bontangkota.go.id/api/v1/complaints/track/{code}"));
            Assert.That(mail.TextBody, Does.Contain("https://layanan.bontangkota.go.id/api/v1/notifications/me/preferences"), "every email has its opt-out path");
            Assert.That(mail.HtmlBody, Does.Contain($"<a href=\"https://layanan.bontangkota.go.id/api/v1/complaints/track/{code}\">"));
            Assert.That(mail.Headers["List-Unsubscribe"], Is.EqualTo("<https://layanan.bontangkota.go.id/api/v1/notifications/me/preferences>"));

            Assert.That(request["messaging_product"]!.GetValue<string>(), Is.EqualTo("whatsapp"));
            Assert.That(request["to"]!.GetValue<string>(), Is.EqualTo("6281234567890"));
            Assert.That(request["type"]!.GetValue<string>(), Is.EqualTo("template"));
            Assert.That(request["template"]!["language"]!["code"]!.GetValue<string>(), Is.EqualTo("id"));
            Assert.That(request["template"]!["components"]![0]!["type"]!.GetValue<string>(), Is.EqualTo("body"));
            Assert.That(
                request["template"]!["components"]![0]!["parameters"]!.AsArray().Select(parameter => parameter!["text"]!.GetValue<string>()),
                Is.EqualTo(new[] { code, $"https://layanan.bontangkota.go.id/api/v1/complaints/track/{code}" }), "the template's values in order");
            Assert.That(request["biz_opaque_callback_data"]!.GetValue<string>(), Does.StartWith("msg_"));
            Assert.That(whatsApp.Select(received => received.Headers.Authorization.ToString()), Has.All.EqualTo($"Bearer {WhatsAppToken}"));
        }
    }

    [Test]
    public async Task An_anonymous_reporter_is_told_too()
    {
        using var api = Api("citizen");
        using var filed = await api.PostAsJsonAsync(Complaints, new { title = "Lampu jalan mati", description = "Sudah seminggu.", category = "sampah", address = "Jl. Awang Long", anonymous = true });
        var json = JsonNode.Parse(await filed.Content.ReadAsStringAsync())!;
        Assert.That(filed.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Created), json.ToJsonString());
        var complaint = new Uri($"{Complaints}/{json["id"]!.GetValue<string>()}", UriKind.Relative);
        var code = json["trackingCode"]!.GetValue<string>();

        await StepAsync("coordinator", complaint, "verify");

        Assert.That((await WaitForInboxAsync(code, 1)).Select(item => item["templateId"]!.GetValue<string>()), Is.EqualTo(new[] { "complaint.verified" }));
    }
}
