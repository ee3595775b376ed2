using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GovServices.Testing;

namespace GovServices.Notifications.Tests;

public sealed partial class MessagesApiTests
{
    [Test]
    public async Task Opting_out_of_email_and_whatsapp_and_into_sms_in_english_is_honoured_from_the_next_message()
    {
        var (complaint, code) = await FileComplaintAsync();
        await SetPreferencesAsync(email: false, sms: true, whatsapp: false, language: "en");
        await StepAsync("coordinator", complaint, "verify");

        var sms = await WaitForAsync(() => SmsAbout(code), 1);
        var inbox = await WaitForInboxAsync(code, 1);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var request = JsonNode.Parse(sms.Single().Body)!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_mail!.About(code), Is.Empty, "opted out of email");
            Assert.That(WhatsAppAbout(code), Is.Empty, "opted out of WhatsApp");
            Assert.That(request["to"]!.GetValue<string>(), Is.EqualTo(CitizenPhone), "E.164");
            Assert.That(request["message"]!.GetValue<string>(), Does.StartWith($"Complaint {code} was verified"), "in the chosen language");
            Assert.That(request["message"]!.GetValue<string>().Length, Is.LessThanOrEqualTo(160), "one SMS");
            Assert.That(request["reference"]!.GetValue<string>(), Does.StartWith("msg_"));
            Assert.That(sms.Single().Headers["Idempotency-Key"].ToString(), Is.EqualTo(request["reference"]!.GetValue<string>()));
            Assert.That(sms.Single().Headers["X-Api-Key"].ToString(), Is.EqualTo(SmsToken), "the token in the gateway's header");
            Assert.That(inbox.Single()["title"]!.GetValue<string>(), Is.EqualTo($"Complaint {code} verified"), "the inbox always receives");
        }

        using var api = Api("citizen");
        var preferences = JsonNode.Parse(await api.GetStringAsync(Preferences))!;
        Assert.That(preferences.ToJsonString(), Is.EqualTo("""{"email":false,"sms":true,"whatsApp":false,"language":"en"}"""));
    }

    [Test]
    public async Task A_preference_in_an_unknown_language_is_refused()
    {
        using var api = Api("citizen");
        using var response = await api.PutAsJsonAsync(Preferences, new { email = true, sms = false, whatsapp = true, language = "fr" });
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_provider_down_then_up_delivers_every_message_once_with_the_same_idempotency_key_on_every_attempt()
    {
        await _mail!.StopAsync();
        try
        {
            var (complaint, code) = await FileComplaintAsync();
            // Only this complaint's message meets the outage: messages of earlier tests still on their way (a permit
            // paid and issued tells its applicant too) must not take its refusals.
            var refusals = 2;
            _providers!.Answer(WhatsAppPath, request => Task.FromResult(
                request.Body.Contains(code, StringComparison.Ordinal) && Interlocked.Decrement(ref refusals) >= 0 ? new ReceiverAnswer(503) : ReceiverAnswer.Ok));
            await StepAsync("coordinator", complaint, "verify");
            var attempts = await WaitForAsync(() => WhatsAppAbout(code), 1);
            Assert.That(attempts, Has.Count.EqualTo(1), "the first attempt reached the provider, which was down");
            var emailId = (await MessagesAboutAsync(code)).Single(row => row.Channel == "email").Id;
            var emailAttempts = await ScalarAsync<long>("SELECT attempts FROM notifications.delivery WHERE id = @id", new { id = emailId });
            _mail.StartAgain();

            // The retries come due on the host's clock.
            attempts = await WaitForAsync(() => WhatsAppAbout(code), 3, () => _host!.Clock.Advance(TimeSpan.FromSeconds(30)));
            var mails = await _mail.WaitForAsync(code, 1);
            await Task.Delay(TimeSpan.FromSeconds(2));
            var log = await MessagesAboutAsync(code);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(emailAttempts, Is.GreaterThanOrEqualTo(0));
                Assert.That(WhatsAppAbout(code), Has.Count.EqualTo(3), "two refusals and one acceptance, then nothing more");
                Assert.That(attempts.Select(request => JsonNode.Parse(request.Body)!["biz_opaque_callback_data"]!.GetValue<string>()).Distinct().Count(), Is.EqualTo(1), "the same id on every attempt");
                Assert.That(_mail.About(code), Has.Count.EqualTo(1), "the email once the server was up again");
                Assert.That(mails.Single().MessageId, Is.EqualTo($"{emailId}@bontangkota.go.id"));
                Assert.That(log.Single(row => row.Channel == "whatsapp").Status, Is.EqualTo("sending"), "accepted; its receipt has not come");
                Assert.That(log.Single(row => row.Channel == "email").Status, Is.EqualTo("delivered"));
            }
        }
        finally
        {
            _providers!.Answer(WhatsAppPath, ReceiverAnswer.Ok);
        }
    }

    [Test]
    public async Task An_invalid_phone_number_is_a_permanent_failure_recorded_once_and_never_sent()
    {
        await ExecuteAsync("UPDATE identity.\"AspNetUsers\" SET \"PhoneNumber\" = @phone WHERE \"UserName\" = 'citizen'", new { phone = "12-34" });
        var (complaint, code) = await FileComplaintAsync();
        await StepAsync("coordinator", complaint, "verify");
        await _mail!.WaitForAsync(code, 1);
        var id = (await MessagesAboutAsync(code)).Single(row => row.Channel == "whatsapp").Id;

        var status = await StatusOfAsync(id, "permanent_failure");
        _host!.Clock.Advance(TimeSpan.FromHours(2));
        await Task.Delay(TimeSpan.FromSeconds(2));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo("permanent_failure"));
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM notifications.delivery_attempt WHERE delivery_id = @id", new { id }), Is.EqualTo(1), "recorded once, not retried");
            Assert.That(WhatsAppAbout(code), Is.Empty, "nothing reached the provider");
        }
    }

    [Test]
    public async Task Signed_receipts_move_the_statuses_on_and_unsigned_or_badly_signed_callbacks_are_refused()
    {
        await SetPreferencesAsync(email: true, sms: true, whatsapp: true);
        var (complaint, code) = await FileComplaintAsync();
        await StepAsync("coordinator", complaint, "verify");
        await WaitForAsync(() => SmsAbout(code), 1);
        await WaitForAsync(() => WhatsAppAbout(code), 1);
        var log = await MessagesAboutAsync(code);
        var smsId = log.Single(row => row.Channel == "sms").Id;
        var whatsAppId = log.Single(row => row.Channel == "whatsapp").Id;
        await StatusOfAsync(smsId, "sending");
        await StatusOfAsync(whatsAppId, "sending");

        var smsReceipt = $$"""{"reference":"{{smsId}}","status":"delivered"}""";
        var whatsAppStatus = $$$"""
            {"object":"whatsapp_business_account","entry":[{"id":"0","changes":[{"field":"messages","value":{"messaging_product":"whatsapp",
            "metadata":{"display_phone_number":"6254800000","phone_number_id":"{{{WhatsAppPhoneId}}}"},
            "statuses":[{"id":"wamid.X","status":"failed","timestamp":"1764650000","recipient_id":"6281234567890","biz_opaque_callback_data":"{{{whatsAppId}}}",
            "errors":[{"code":131026,"title":"Message undeliverable"}]}]}}]}]}
            """;
        using var unsignedSms = await CallBackAsync("/api/v1/notifications/providers/sms/receipts", smsReceipt, null, null);
        using var wronglySignedSms = await CallBackAsync("/api/v1/notifications/providers/sms/receipts", smsReceipt, "X-Signature", Sign(smsReceipt, "not-the-secret"));
        using var unsignedWhatsApp = await CallBackAsync("/api/v1/notifications/providers/whatsapp", whatsAppStatus, null, null);
        using var smsSignedWithTheWhatsAppSecret = await CallBackAsync("/api/v1/notifications/providers/sms/receipts", smsReceipt, "X-Signature", Sign(smsReceipt, WhatsAppSecret));
        var statusesAfterRefusals = (await MessagesAboutAsync(code)).Where(row => row.Channel is "sms" or "whatsapp").Select(row => row.Status).ToList();

        using var signedSms = await CallBackAsync("/api/v1/notifications/providers/sms/receipts", smsReceipt, "X-Signature", Sign(smsReceipt, SmsSecret));
        using var signedWhatsApp = await CallBackAsync("/api/v1/notifications/providers/whatsapp", whatsAppStatus, "X-Hub-Signature-256", Sign(whatsAppStatus, WhatsAppSecret));
        log = await MessagesAboutAsync(code);

        using (Assert.EnterMultipleScope())
        {
            await AssertProblemAsync(unsignedSms, HttpStatusCode.Unauthorized);
            await AssertProblemAsync(wronglySignedSms, HttpStatusCode.Unauthorized);
            await AssertProblemAsync(unsignedWhatsApp, HttpStatusCode.Unauthorized);
            await AssertProblemAsync(smsSignedWithTheWhatsAppSecret, HttpStatusCode.Unauthorized);
            Assert.That(statusesAfterRefusals, Has.All.EqualTo("sending"), "a refused callback changes nothing");
            Assert.That(signedSms.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(signedWhatsApp.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(log.Single(row => row.Channel == "sms").Status, Is.EqualTo("delivered"));
            Assert.That(log.Single(row => row.Channel == "whatsapp").Status, Is.EqualTo("permanent_failure"), "131026: the number is not on WhatsApp");
        }
    }

    [Test]
    public async Task WhatsApps_registration_handshake_answers_the_challenge_only_with_the_verify_token()
    {
        using var client = _host!.CreateClient();
        using var right = await client.GetAsync(new Uri("/api/v1/notifications/providers/whatsapp?hub.mode=subscribe&hub.verify_token=wa-verify&hub.challenge=1158201444", UriKind.Relative));
        using var wrong = await client.GetAsync(new Uri("/api/v1/notifications/providers/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444", UriKind.Relative));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await right.Content.ReadAsStringAsync(), Is.EqualTo("1158201444"));
            await AssertProblemAsync(wrong, HttpStatusCode.Forbidden);
        }
    }

    [Test]
    public async Task A_person_reads_and_marks_only_their_own_inbox()
    {
        var (complaint, code) = await FileComplaintAsync();
        await StepAsync("coordinator", complaint, "verify");
        var message = (await WaitForInboxAsync(code, 1)).Single();
        var id = message["id"]!.GetValue<string>();

        var officersInbox = await InboxAsync("officer.dlh");
        using var officer = Api("officer.dlh");
        using var markedByOfficer = await officer.PostAsync(new Uri($"{Me}/{id}/read", UriKind.Relative), null);
        using var citizen = Api("citizen");
        using var marked = await citizen.PostAsync(new Uri($"{Me}/{id}/read", UriKind.Relative), null);
        using var markedAgain = await citizen.PostAsync(new Uri($"{Me}/{id}/read", UriKind.Relative), null);
        var unread = await InboxAsync("citizen", "&unread=true");
        using var anonymous = await _host!.CreateClient().GetAsync(Me);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(officersInbox.Select(item => item["id"]!.GetValue<string>()), Does.Not.Contain(id));
            await AssertProblemAsync(markedByOfficer, HttpStatusCode.NotFound);
            Assert.That(marked.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(markedAgain.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(unread.Select(item => item["id"]!.GetValue<string>()), Does.Not.Contain(id));
            Assert.That((await InboxAsync("citizen")).Single(item => item["id"]!.GetValue<string>() == id)["readAt"], Is.Not.Null);
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.That(response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
        await response.ReadProblemAsync();
    }
}
