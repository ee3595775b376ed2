using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GovServices.BuildingBlocks.Calendar;

namespace GovServices.Permits.Tests;

public sealed partial class PermitsApiTests
{
    [Test]
    public async Task Officers_taking_the_same_step_at_once_take_it_once_and_the_others_are_told_it_moved_on()
    {
        var (id, etag) = await ReadyMicroBusinessAsync();
        using var citizen = Api("citizen");
        var (_, submittedETag) = await ReadAsync(await StepAsync(citizen, id, "submit", etag), 200);

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ =>
        {
            using var officer = Api("officer.dpmptsp");
            using var response = await StepAsync(officer, id, "start-review", submittedETag);
            return response.StatusCode;
        }));
        var (application, _) = await ReadAsync(await citizen.GetAsync(Of(id)), 200);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answers.Count(status => status == HttpStatusCode.OK), Is.EqualTo(1), string.Join(", ", answers));
            Assert.That(answers.Where(status => status != HttpStatusCode.OK), Is.All.AnyOf(HttpStatusCode.Conflict, HttpStatusCode.PreconditionFailed));
            Assert.That(application["history"]!.AsArray().Count(step => step!["action"]!.GetValue<string>() == "start_review"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task A_submitted_stage_is_due_after_its_working_days_on_the_citys_calendar()
    {
        var (id, etag) = await ReadyMicroBusinessAsync();
        using var citizen = Api("citizen");
        var calendar = WorkingDayCalendar.FromEmbeddedData();
        var today = calendar.LocalDate(DateTimeOffset.UtcNow);

        var (submitted, _) = await ReadAsync(await StepAsync(citizen, id, "submit", etag), 200);

        Assert.That(submitted["stageDueOn"]?.GetValue<string>(), Is.EqualTo(ExpectedDueOn(calendar, today, 1)), "IUMK verification: one working day");
        Assert.That(submitted["overdue"]!.GetValue<bool>(), Is.False);
    }

    [Test]
    public async Task Starting_a_draft_twice_with_the_same_idempotency_key_gives_the_first_draft()
    {
        using var api = Api("partner-app");
        var key = Guid.NewGuid().ToString();
        var body = new { permitType = "IUMK", applicant = new { name = DemoCitizenName, nik = DemoCitizenNik }, form = MicroBusinessForm() };

        async Task<HttpResponseMessage> PostAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, Applications) { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            return await api.SendAsync(request);
        }

        using var first = await PostAsync();
        using var second = await PostAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(second.Headers.Location, Is.EqualTo(first.Headers.Location));
            Assert.That(JsonNode.Parse(await second.Content.ReadAsStringAsync())!["id"]!.GetValue<string>(),
                Is.EqualTo(JsonNode.Parse(await first.Content.ReadAsStringAsync())!["id"]!.GetValue<string>()));
        }
    }

    /// <summary>The due date as the city's calendar gives it.</summary>
    private static string ExpectedDueOn(WorkingDayCalendar calendar, DateOnly today, int workingDays) =>
        calendar.AddWorkingDays(today, workingDays).On.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
