using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GovServices.Testing.Identity;

namespace GovServices.Complaints.Tests;

/// <summary>Due dates across weekends, national holidays and collective leave.</summary>
public sealed partial class ComplaintDeadlinesApiTests
{
    // Monday 16 March 2026, then Nyepi and Idul Fitri: 18–24 March are holidays or collective leave.
    [TestCase("2026-03-16", "2026-03-26", TestName = "Filed on Monday 16 March, verified by Thursday 26 March: Nyepi and Idul Fitri leave skipped")]
    [TestCase("2026-01-09", "2026-01-14", TestName = "Filed on Friday 9 January, verified by Wednesday 14 January: the weekend skipped")]
    [TestCase("2026-01-14", "2026-01-20", TestName = "Filed on Wednesday 14 January, verified by Tuesday 20 January: Isra Mikraj and the weekend skipped")]
    [TestCase("2026-01-10", "2026-01-14", TestName = "Filed on Saturday 10 January, verified by Wednesday 14 January: counting starts after the weekend")]
    public async Task Verification_is_due_three_working_days_after_filing(string filedOn, string dueOn)
    {
        TravelTo(At(filedOn, 9));

        var complaint = await ReadAsync(await FileAsync());

        Assert.That(DateOf(complaint, "verificationDueOn"), Is.EqualTo(DateOnly.Parse(dueOn, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public async Task Filing_late_at_night_counts_from_the_date_in_bontang()
    {
        // 23:30 WITA on Friday 9 January is still Friday in Bontang, though past 15:00 UTC.
        TravelTo(At("2026-01-09", 23).AddMinutes(30));

        var complaint = await ReadAsync(await FileAsync());

        Assert.That(DateOf(complaint, "verificationDueOn"), Is.EqualTo(new DateOnly(2026, 1, 14)));
    }

    [TestCase("sampah", "2026-03-30", TestName = "Waste (SLA 5 working days) routed on 16 March is resolved by Monday 30 March")]
    [TestCase("jalan_rusak", "2026-04-07", TestName = "Damaged roads (SLA 10 working days) routed on 16 March is resolved by Tuesday 7 April: Good Friday skipped")]
    public async Task Routing_sets_the_follow_up_in_five_working_days_and_the_resolution_in_the_categorys_sla(string category, string resolutionDueOn)
    {
        var complaint = await FileAsync(category);
        await StepAsync("coordinator", complaint, "verify");

        var routed = await StepAsync("coordinator", complaint, "disposition");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(DateOf(routed, "followUpDueOn"), Is.EqualTo(new DateOnly(2026, 3, 30)));
            Assert.That(DateOf(routed, "resolutionDueOn"), Is.EqualTo(DateOnly.Parse(resolutionDueOn, System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [Test]
    public async Task Resolving_sets_the_auto_close_date_ten_working_days_later()
    {
        var complaint = await FileAsync();
        await StepAsync("coordinator", complaint, "verify");
        await StepAsync("coordinator", complaint, "disposition");
        await StepAsync("officer.dlh", complaint, "start");

        var resolved = await StepAsync("officer.dlh", complaint, "resolve");

        Assert.That(DateOf(resolved, "autoCloseOn"), Is.EqualTo(new DateOnly(2026, 4, 7)));
    }

    [Test]
    public async Task Across_the_year_end_filing_and_routing_answer_with_provisional_due_dates_that_the_2027_decree_then_corrects()
    {
        TravelTo(At("2026-12-15", 9));
        var routed = await FileAsync();
        await StepAsync("coordinator", routed, "verify");

        // Five working days from Monday 28 December reach January 2027, known only provisionally: no refusal.
        TravelTo(At("2026-12-28", 9));
        var routing = await StepAsync("coordinator", routed, "disposition");
        TravelTo(At("2026-12-29", 9));
        using var citizen = await ApiAsync("citizen");
        using var filing = await citizen.PostAsJsonAsync(Complaints, new { title = "Lampu padam", description = "Sejak kemarin.", category = "penerangan_jalan", address = "Jl. Letjen S. Parman" });
        var filed = JsonNode.Parse(await filing.Content.ReadAsStringAsync())!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(filing.StatusCode, Is.EqualTo(HttpStatusCode.Created), filed.ToJsonString());
            Assert.That(DateOf(filed, "verificationDueOn"), Is.EqualTo(new DateOnly(2027, 1, 4)), "30 and 31 December, then 1 January and the weekend skipped");
            Assert.That(Names(filed["provisionalDueDates"]), Is.EqualTo(new[] { "verification" }));
            Assert.That(DateOf(routing, "followUpDueOn"), Is.EqualTo(new DateOnly(2027, 1, 5)));
            Assert.That(Names(routing["provisionalDueDates"]), Is.EqualTo(new[] { "follow_up", "resolution" }));
        }

        // The decree arrives with collective leave on Monday 4 January (made up for the test).
        var decree = "date,kind,name\n2027-01-01,national,Tahun Baru 2027 Masehi\n2027-01-04,collective_leave,Cuti bersama Tahun Baru\n2027-03-10,national,Idul Fitri 1448 H\n";
        using var admin = new OAuthTestClient(_host!).CreateApiClient((await new OAuthTestClient(_host!).AuthorizationCodeAsync("admin", "openid", "identity.admin")).AccessToken);
        using var loading = await admin.PutAsync(new Uri("/api/v1/calendar/years/2027", UriKind.Relative), new StringContent(decree, System.Text.Encoding.UTF8, "text/csv"));
        Assert.That(loading.StatusCode, Is.EqualTo(HttpStatusCode.OK), await loading.Content.ReadAsStringAsync());

        var filedUri = filing.Headers.Location!;
        var refiled = await EventuallyAsync(filedUri, complaint => DateOf(complaint, "verificationDueOn") != new DateOnly(2027, 1, 4));
        var rerouted = await EventuallyAsync(routed, complaint => DateOf(complaint, "followUpDueOn") != new DateOnly(2027, 1, 5));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(DateOf(refiled, "verificationDueOn"), Is.EqualTo(new DateOnly(2027, 1, 5)), "4 January is now collective leave");
            Assert.That(Names(refiled["provisionalDueDates"]), Is.Empty);
            Assert.That(DateOf(rerouted, "followUpDueOn"), Is.EqualTo(new DateOnly(2027, 1, 6)));
            Assert.That(Names(rerouted["provisionalDueDates"]), Is.Empty);
            Assert.That(
                refiled["history"]!.AsArray().Select(entry => (entry!["action"]!.GetValue<string>(), entry["note"]?.GetValue<string>())),
                Does.Contain(("due_date_recomputed", (string?)"verification: 2027-01-04 -> 2027-01-05")));
        }
    }

    /// <summary>The complaint once <paramref name="done"/> holds: the recomputing job runs in the background.</summary>
    private async Task<JsonNode> EventuallyAsync(Uri complaint, Func<JsonNode, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var current = await ReadAsync(complaint);
            if (done(current) || DateTime.UtcNow > deadline)
                return current;
            await Task.Delay(100);
        }
    }

    private static string[] Names(JsonNode? list) => [.. list!.AsArray().Select(name => name!.GetValue<string>())];
}
