using System.Net;
using GovServices.Complaints.Domain;

namespace GovServices.Complaints.Tests;

/// <summary>Every caller against every lifecycle endpoint, on a citizen's waste complaint routed to DLH and on guessed ids.</summary>
public sealed partial class ComplaintsApiTests
{
    private static readonly string[] Callers = ["citizen", "partner-app", "officer.dlh", "officer.dpmptsp", "coordinator", "auditor", "admin"];

    /// <summary>
    /// Only the party of the transition table succeeds. A caller without the endpoint's scope gets 403; one with it who
    /// may not see the complaint 404; one who sees it but is another party 403. The coordinator's steps come before the
    /// disposition, so even the officers of the category's OPD do not see the complaint yet.
    /// </summary>
    public static IEnumerable<TestCaseData> StepMatrix()
    {
        foreach (var action in ComplaintLifecycle.Actions)
        {
            var party = ComplaintLifecycle.PartyOf(action);
            foreach (var caller in Callers)
            {
                var expected = (party, caller) switch
                {
                    (ComplaintParty.Coordinator, "coordinator") or (ComplaintParty.Officer, "officer.dlh") or (ComplaintParty.Reporter, "citizen") => HttpStatusCode.OK,
                    (ComplaintParty.Coordinator or ComplaintParty.Officer, "officer.dpmptsp" or "admin") => HttpStatusCode.NotFound,
                    (ComplaintParty.Coordinator, "officer.dlh") => HttpStatusCode.NotFound,
                    (ComplaintParty.Reporter, "partner-app") => HttpStatusCode.NotFound,
                    _ => HttpStatusCode.Forbidden,
                };
                yield return new TestCaseData(action, caller, expected).SetArgDisplayNames(action, caller, expected.ToString());
            }
        }
    }

    [TestCaseSource(nameof(StepMatrix))]
    public async Task Each_caller_gets_what_the_transition_table_and_visibility_allow(string action, string caller, HttpStatusCode expected)
    {
        var from = ComplaintLifecycle.Transitions.First(transition => transition.Action == action).From;
        var complaint = await ComplaintInAsync(from, fresh: expected == HttpStatusCode.OK);
        var etag = await Api("coordinator").ETagOfAsync(complaint);

        using var response = await Api(caller).PostStepAsync(complaint, action, etag, ComplaintSteps.BodyFor(action));
        var after = await Api("coordinator").ReadAsync(complaint);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
            if (expected != HttpStatusCode.OK)
                Assert.That(after["status"]!.GetValue<string>(), Is.EqualTo(from), "a refused step changes nothing");
        }
    }

    public static IEnumerable<TestCaseData> GuessedIds() =>
        ComplaintLifecycle.Actions.Select(action => new TestCaseData(action).SetArgDisplayNames(action));

    [TestCaseSource(nameof(GuessedIds))]
    public async Task A_step_on_a_guessed_id_is_404_even_for_its_party(string action)
    {
        var guessed = new Uri($"/api/v1/complaints/{Guid.CreateVersion7()}", UriKind.Relative);

        using var response = await Api(PartyToken(action)).PostStepAsync(guessed, action, "\"1\"", ComplaintSteps.BodyFor(action));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_partner_app_acts_as_the_reporter_of_what_it_filed_and_the_citizen_cannot()
    {
        var complaint = await FileAsync("partner-app", Waste(reporter: new { name = "Budi", contact = "0812" }));

        using var byCitizen = await Api("citizen").PostStepAsync(complaint, "withdraw", "\"1\"");
        using var byPartner = await Api("partner-app").PostStepAsync(complaint, "withdraw", "\"1\"");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byCitizen.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(byPartner.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    [Test]
    public async Task Steps_need_a_token()
    {
        var complaint = await FileAsync("citizen", Waste());

        using var response = await _host!.CreateClient().PostStepAsync(complaint, "verify", "\"1\"");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
