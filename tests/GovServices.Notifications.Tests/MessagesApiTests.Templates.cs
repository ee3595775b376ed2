using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GovServices.Notifications.Tests;

public sealed partial class MessagesApiTests
{
    private static readonly Uri RejectedEmail = new("/api/v1/notifications/templates/complaint.rejected/email/id", UriKind.Relative);

    [Test]
    public async Task An_admin_edits_a_template_with_if_match_and_the_next_message_is_sent_with_and_records_its_new_version()
    {
        using var admin = Api("admin");
        var list = JsonNode.Parse(await admin.GetStringAsync(new Uri("/api/v1/notifications/templates", UriKind.Relative)))!.AsArray();
        using var read = await admin.GetAsync(RejectedEmail);
        var etag = read.Headers.ETag!.Tag;

        using var unknownPlaceholder = await PutTemplateAsync(admin, etag, new { subject = "Pengaduan ((tracking_code))", body = "Halo ((nama_pelapor)), lihat ((link))" });
        using var withoutIfMatch = await admin.PutAsJsonAsync(RejectedEmail, new { subject = "x", body = "y" });
        using var edited = await PutTemplateAsync(admin, etag, new { subject = "Pengaduan ((tracking_code)) ditolak", body = "Mohon maaf, pengaduan ((tracking_code)) tidak dapat kami proses. Alasannya: ((link))" });
        var editedBody = JsonNode.Parse(await edited.Content.ReadAsStringAsync())!;
        using var stale = await PutTemplateAsync(admin, etag, new { subject = "Pengaduan ((tracking_code))", body = "((link))" });
        using var byOfficer = await Api("officer.dlh.manage").GetAsync(RejectedEmail);

        var (complaint, code) = await FileComplaintAsync();
        await StepAsync("coordinator", complaint, "reject", new { reason = "spam" });
        var mail = (await _mail!.WaitForAsync(code, 1)).Single();
        var log = await MessagesAboutAsync(code);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(list, Has.Count.EqualTo(((9 + 7 + 3 + 1) * 4 * 2) + (2 * 2 * 2)), "every event (9 of complaints, 7 of permits, 3 of payments, the overdue stage) × channel × language, and the two staff digests by inbox and email");
            Assert.That(etag, Is.EqualTo("\"1\""), "as shipped");
            await AssertProblemAsync(unknownPlaceholder, HttpStatusCode.UnprocessableEntity);
            await AssertProblemAsync(withoutIfMatch, (HttpStatusCode)428);
            Assert.That(edited.StatusCode, Is.EqualTo(HttpStatusCode.OK), editedBody.ToJsonString());
            Assert.That(edited.Headers.ETag!.Tag, Is.EqualTo("\"2\""));
            Assert.That(editedBody["smsSegments"]!.GetValue<int>(), Is.EqualTo(1));
            await AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);
            Assert.That(byOfficer.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "admins only");
            Assert.That(mail.Subject, Is.EqualTo($"Pengaduan {code} ditolak"));
            Assert.That(mail.TextBody, Does.StartWith($"Mohon maaf, pengaduan {code} tidak dapat kami proses."));
            Assert.That(log.Single(row => row.Channel == "email").TemplateVersion, Is.EqualTo(2), "the message records the version it was written from");
            Assert.That(log.Single(row => row.Channel == "inbox").TemplateVersion, Is.EqualTo(1), "the inbox's template was not edited");
        }
    }

    private static async Task<HttpResponseMessage> PutTemplateAsync(HttpClient api, string etag, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, RejectedEmail) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return await api.SendAsync(request);
    }
}
