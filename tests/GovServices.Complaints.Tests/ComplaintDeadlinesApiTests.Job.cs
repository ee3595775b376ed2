using System.Text.Json.Nodes;

namespace GovServices.Complaints.Tests;

/// <summary>The deadline job: overdue flags once per stage, auto-closing resolved complaints the reporter left unanswered.</summary>
public sealed partial class ComplaintDeadlinesApiTests
{
    [Test]
    public async Task A_complaint_not_verified_by_its_due_date_is_flagged_overdue_the_next_day_once()
    {
        var complaint = await FileAsync();
        TravelTo(At("2026-03-26", 17));
        await RunDeadlineJobAsync();
        var onTheDueDate = await ReadAsync(complaint);

        TravelTo(At("2026-03-27", 8));
        await Task.WhenAll(RunDeadlineJobAsync(), RunDeadlineJobAsync());
        await RunDeadlineJobAsync();
        var dayAfter = await ReadAsync(complaint);
        using var coordinator = await ApiAsync("coordinator");
        var overdueList = await coordinator.GetStringAsync(new Uri("/api/v1/complaints?overdue=true&status=submitted&limit=100", UriKind.Relative));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Stages(onTheDueDate), Is.Empty);
            Assert.That(Stages(dayAfter), Is.EqualTo(new[] { "verification" }));
            Assert.That(Actions(dayAfter).Count(action => action == "flag_overdue"), Is.EqualTo(1), "flagged once, however often and however many instances run the job");
            Assert.That(dayAfter["history"]!.AsArray()[^1]!["party"]!.GetValue<string>(), Is.EqualTo("system"));
            Assert.That(dayAfter["status"]!.GetValue<string>(), Is.EqualTo("submitted"), "a flag is not a step");
            Assert.That(overdueList, Does.Contain(complaint.ToString().Split('/')[^1]), "listed with overdue=true");
        }
    }

    [Test]
    public async Task A_routed_complaint_not_started_in_time_is_overdue_for_follow_up_and_resolution()
    {
        var complaint = await FileAsync();
        await StepAsync("coordinator", complaint, "verify");
        await StepAsync("coordinator", complaint, "disposition");
        using var before = await ApiAsync("coordinator");
        var etag = await before.ETagOfAsync(complaint);

        TravelTo(At("2026-03-31", 8));
        await RunDeadlineJobAsync();

        var read = await ReadAsync(complaint);
        using var after = await ApiAsync("coordinator");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Stages(read), Is.EqualTo(new[] { "follow_up", "resolution" }));
            Assert.That(await after.ETagOfAsync(complaint), Is.EqualTo(etag), "nobody's If-Match goes stale because a deadline passed");
        }
    }

    [Test]
    public async Task A_resolved_complaint_the_survey_does_not_ask_about_closes_by_itself_on_its_auto_close_date_as_the_system()
    {
        // A partner app's reporter who did not consent to be told cannot be asked "is it fixed?" (ADR 0071).
        var complaint = await ResolvedAsync(PartnerApp);

        TravelTo(At("2026-04-06", 23));
        await RunDeadlineJobAsync();
        var dayBefore = await ReadAsync(complaint);
        TravelTo(At("2026-04-07", 0).AddMinutes(5));
        await Task.WhenAll(RunDeadlineJobAsync(), RunDeadlineJobAsync());
        var closed = await ReadAsync(complaint);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dayBefore["status"]!.GetValue<string>(), Is.EqualTo("resolved"));
            Assert.That(closed["status"]!.GetValue<string>(), Is.EqualTo("closed"));
            Assert.That(Actions(closed).Count(action => action == "auto_close"), Is.EqualTo(1));
            Assert.That(closed["history"]!.AsArray()[^1]!["party"]!.GetValue<string>(), Is.EqualTo("system"));
            Assert.That(closed["closedAt"], Is.Not.Null);
        }
    }

    [Test]
    public async Task A_resolved_complaint_the_reporter_reopened_is_not_closed_by_the_job()
    {
        var complaint = await ResolvedAsync();
        await StepAsync("citizen", complaint, "reopen");

        TravelTo(At("2026-04-08", 9));
        await RunDeadlineJobAsync();

        var read = await ReadAsync(complaint);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(read["status"]!.GetValue<string>(), Is.EqualTo("reopened"));
            Assert.That(read["autoCloseOn"], Is.Null);
        }
    }

    private async Task<Uri> ResolvedAsync(string reporter = "citizen")
    {
        var complaint = await FileAsync(who: reporter);
        await StepAsync("coordinator", complaint, "verify");
        await StepAsync("coordinator", complaint, "disposition");
        await StepAsync("officer.dlh", complaint, "start");
        await StepAsync("officer.dlh", complaint, "resolve");
        return complaint;
    }

    private static IEnumerable<string> Stages(JsonNode complaint) =>
        complaint["overdueStages"]!.AsArray().Select(stage => stage!.GetValue<string>());

    private static IEnumerable<string> Actions(JsonNode complaint) =>
        complaint["history"]!.AsArray().Select(entry => entry!["action"]!.GetValue<string>());
}
