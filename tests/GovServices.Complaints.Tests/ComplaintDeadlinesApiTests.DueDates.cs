using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

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
    public async Task Routing_when_a_due_date_reaches_a_year_without_holiday_data_is_422_like_filing()
    {
        TravelTo(At("2026-12-15", 9));
        var complaint = await FileAsync();
        await StepAsync("coordinator", complaint, "verify");

        // Five working days from Monday 28 December reach January 2027, whose holidays are not yet known.
        TravelTo(At("2026-12-28", 9));
        using var coordinator = await ApiAsync("coordinator");
        using var routing = await coordinator.PostStepAsync(complaint, "disposition", await coordinator.ETagOfAsync(complaint));
        TravelTo(At("2026-12-29", 9));
        using var filing = await (await ApiAsync("citizen")).PostAsJsonAsync(Complaints, new { title = "Lampu padam", description = "Sejak kemarin.", category = "penerangan_jalan", address = "Jl. Letjen S. Parman" });

        var problem = JsonNode.Parse(await routing.Content.ReadAsStringAsync())!;
        var filingProblem = JsonNode.Parse(await filing.Content.ReadAsStringAsync())!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(routing.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("working_day_calendar_incomplete"));
            Assert.That(filing.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), "three working days from 29 December reach 2027");
            Assert.That(filingProblem["code"]!.GetValue<string>(), Is.EqualTo("working_day_calendar_incomplete"));
        }
    }
}
