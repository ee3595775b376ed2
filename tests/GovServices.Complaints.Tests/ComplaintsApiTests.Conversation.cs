using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GovServices.Testing;

namespace GovServices.Complaints.Tests;

/// <summary>Comments between reporter and staff; the reporter's rating of the resolution.</summary>
public sealed partial class ComplaintsApiTests
{
    [Test]
    public async Task The_reporter_and_the_staff_handling_it_comment_and_both_see_the_conversation_never_the_public()
    {
        var complaint = await FileAsync("partner-app", Waste(anonymous: true, reporter: new { name = "Rina Anonim", contact = "0813" }));
        using var beforeRouting = await Api("officer.dlh").PostAsJsonAsync(new Uri($"{complaint}/comments", UriKind.Relative), new { text = "Terlalu awal." });
        await RoutedAsync(complaint);

        using var fromReporter = await Api("partner-app").PostAsJsonAsync(new Uri($"{complaint}/comments", UriKind.Relative), new { text = "Fotonya sudah saya tambahkan." });
        using var fromOpd = await Api("officer.dlh").PostAsJsonAsync(new Uri($"{complaint}/comments", UriKind.Relative), new { text = "Terima kasih, tim menuju lokasi." });
        using var fromAuditor = await Api("auditor").PostAsJsonAsync(new Uri($"{complaint}/comments", UriKind.Relative), new { text = "Catatan." });
        using var fromOtherOpd = await Api("officer.dpmptsp").PostAsJsonAsync(new Uri($"{complaint}/comments", UriKind.Relative), new { text = "Catatan." });
        using var empty = await Api("officer.dlh").PostAsJsonAsync(new Uri($"{complaint}/comments", UriKind.Relative), new { text = "" });
        var seenByOpd = await Api("officer.dlh").ReadAsync(complaint);
        var seenByReporter = await Api("partner-app").ReadAsync(complaint);
        var trackingCode = seenByReporter["trackingCode"]!.GetValue<string>();
        var tracked = await _host!.CreateClient().GetStringAsync(new Uri($"/api/v1/complaints/track/{trackingCode}", UriKind.Relative));

        var comments = seenByOpd["comments"]!.AsArray();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(beforeRouting.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the OPD joins once the complaint is dispositioned to it");
            Assert.That(fromReporter.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(fromOpd.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(fromAuditor.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "auditors read, they do not take part");
            Assert.That(fromOtherOpd.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(empty.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(comments.Select(comment => comment!["author"]!.GetValue<string>()), Is.EqualTo(new[] { "reporter", "staff" }));
            Assert.That(comments[0]!["staff"], Is.Null, "the anonymous reporter's side is not named");
            Assert.That(seenByReporter["comments"]!.AsArray().Select(comment => comment!["staff"]), Is.All.Null, "staff names are for staff");
            Assert.That(tracked, Does.Not.Contain("Fotonya").And.Not.Contain("tim menuju"));
        }
    }

    [Test]
    public async Task The_reporter_rates_a_resolved_complaint_once()
    {
        var complaint = await ComplaintInAsync("resolved", fresh: true);
        var submitted = await FileAsync("citizen", Waste());

        using var early = await Api("citizen").PostAsJsonAsync(new Uri($"{submitted}/rating", UriKind.Relative), new { score = 4 });
        using var byOfficer = await Api("officer.dlh").PostAsJsonAsync(new Uri($"{complaint}/rating", UriKind.Relative), new { score = 5 });
        using var outOfRange = await Api("citizen").PostAsJsonAsync(new Uri($"{complaint}/rating", UriKind.Relative), new { score = 6 });
        using var rated = await Api("citizen").PostAsJsonAsync(new Uri($"{complaint}/rating", UriKind.Relative), new { score = 4 });
        using var again = await Api("citizen").PostAsJsonAsync(new Uri($"{complaint}/rating", UriKind.Relative), new { score = 1 });
        var read = await Api("citizen").ReadAsync(complaint);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(early.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(byOfficer.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "officers lack the complaints.submit scope");
            Assert.That(outOfRange.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(rated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((await again.ReadProblemAsync()).Code, Is.EqualTo("complaint_already_rated"));
            Assert.That(read["rating"]!.GetValue<int>(), Is.EqualTo(4));
        }
    }
}
