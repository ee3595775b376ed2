using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Complaints.Domain;
using GovServices.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Complaints.Tests;

/// <summary>The lifecycle: each step by its party, with If-Match, into the history and the outbox.</summary>
public sealed partial class ComplaintsApiTests
{
    private readonly Dictionary<string, Uri> _complaintsByStatus = [];

    [Test]
    public async Task A_complaint_goes_from_filing_to_closing_through_every_step_each_recorded_and_published()
    {
        var complaint = await FileAsync("citizen", Waste());

        await StepAsync("coordinator", complaint, "verify", new { note = "Lokasi jelas." });
        var routed = await StepAsync("coordinator", complaint, "disposition", new { });
        await StepAsync("officer.dlh", complaint, "start");
        await StepAsync("officer.dlh", complaint, "resolve", new { answer = "Sampah sudah diangkut." });
        await StepAsync("citizen", complaint, "reopen", new { reason = "Sampahnya menumpuk lagi." });
        await StepAsync("officer.dlh", complaint, "start");
        await StepAsync("officer.dlh", complaint, "resolve", new { answer = "Jadwal angkut ditambah menjadi harian." });
        var closed = await StepAsync("citizen", complaint, "close");

        var read = await Api("coordinator").ReadAsync(complaint);
        var history = read["history"]!.AsArray();
        var tracked = JsonNode.Parse(await _host!.CreateClient().GetStringAsync(new Uri($"/api/v1/complaints/track/{read["trackingCode"]!.GetValue<string>()}", UriKind.Relative)))!;
        var events = await StatusEventsAsync(complaint);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(routed["opd"]!.GetValue<string>(), Is.EqualTo("DLH"), "by default the category's OPD");
            Assert.That(routed["followUpDueOn"], Is.Not.Null);
            Assert.That(routed["resolutionDueOn"], Is.Not.Null);
            Assert.That(closed["status"]!.GetValue<string>(), Is.EqualTo("closed"));
            Assert.That(
                history.Select(entry => entry!["action"]!.GetValue<string>()),
                Is.EqualTo(new[] { "submitted", "verify", "disposition", "start", "resolve", "reopen", "start", "resolve", "close" }));
            Assert.That(history[1]!["party"]!.GetValue<string>(), Is.EqualTo("coordinator"));
            Assert.That(history[1]!["note"]!.GetValue<string>(), Is.EqualTo("Lokasi jelas."));
            Assert.That(history[5]!["note"]!.GetValue<string>(), Is.EqualTo("Sampahnya menumpuk lagi."));
            Assert.That(history[5]!["actor"], Is.Null, "the reporter is never named in the history");
            Assert.That(history[3]!["actor"], Is.Not.Null, "staff see which staff member took a step");
            Assert.That(read["answers"]!.AsArray().Select(answer => answer!["answer"]!.GetValue<string>()).First(), Is.EqualTo("Jadwal angkut ditambah menjadi harian."));
            Assert.That(read["reopenCount"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(tracked["answers"]!.AsArray().Select(answer => answer!["answer"]!.GetValue<string>()), Is.EqualTo(new[] { "Jadwal angkut ditambah menjadi harian.", "Sampah sudah diangkut." }), "answers are public");
            Assert.That(tracked["status"]!.GetValue<string>(), Is.EqualTo("closed"));
            Assert.That(read["closedAt"], Is.Not.Null);
            Assert.That(events, Is.EqualTo(new[] { "submitted", "verified", "dispositioned", "in_progress", "resolved", "reopened", "in_progress", "resolved", "closed" }));
        }
    }

    [Test]
    public async Task The_citizen_sees_the_history_without_staff_names()
    {
        var complaint = await FileAsync("citizen", Waste());
        await StepAsync("coordinator", complaint, "verify");

        var read = await Api("citizen").ReadAsync(complaint);

        Assert.That(read["history"]!.AsArray().Select(entry => entry!["actor"]), Is.All.Null);
    }

    /// <summary>Officers do not see a complaint never dispositioned, so their steps on one are 404, not 409: see <see cref="OfficerStepsBeforeRouting"/>.</summary>
    public static IEnumerable<TestCaseData> IllegalSteps() =>
        from status in ComplaintLifecycle.Statuses
        from action in ComplaintLifecycle.Actions
        where ComplaintLifecycle.Find(status, action) is null
        where !(ComplaintLifecycle.PartyOf(action) == ComplaintParty.Officer && NeverRouted.Contains(status))
        select new TestCaseData(status, action).SetArgDisplayNames(status, action);

    [TestCaseSource(nameof(IllegalSteps))]
    public async Task A_step_the_transition_table_does_not_allow_from_a_status_is_409(string status, string action)
    {
        var complaint = await ComplaintInAsync(status);
        var party = PartyToken(action);

        using var response = await Api(party).PostStepAsync(complaint, action, await Api(party).ETagOfAsync(complaint), ComplaintSteps.BodyFor(action));

        var problem = await response.ReadProblemAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(problem.Code, Is.EqualTo("complaint_transition_not_allowed"));
        }
    }

    [Test]
    public async Task A_stale_if_match_is_412_and_a_missing_one_428()
    {
        var complaint = await FileAsync("citizen", Waste());
        var coordinator = Api("coordinator");

        using var missing = await coordinator.PostStepAsync(complaint, "verify", etag: null);
        using var stale = await coordinator.PostStepAsync(complaint, "verify", "\"7\"");
        var afterwards = await coordinator.ReadAsync(complaint);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionRequired));
            Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
            Assert.That(afterwards["status"]!.GetValue<string>(), Is.EqualTo("submitted"));
        }
    }

    [Test]
    public async Task Two_coordinators_verifying_with_the_same_etag_make_one_step()
    {
        var complaint = await FileAsync("citizen", Waste());
        var etag = await Api("coordinator").ETagOfAsync(complaint);

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            using var response = await Api("coordinator").PostStepAsync(complaint, "verify", etag);
            return response.StatusCode;
        }));

        Assert.That(answers.Order(), Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.PreconditionFailed }));
    }

    [Test]
    public async Task A_complaint_is_reopened_only_once()
    {
        var complaint = await ComplaintInAsync("reopened", fresh: true);
        await StepAsync("officer.dlh", complaint, "start");
        await StepAsync("officer.dlh", complaint, "resolve", new { answer = "Sudah diangkut lagi." });

        using var again = await Api("citizen").PostStepAsync(complaint, "reopen", await Api("citizen").ETagOfAsync(complaint), new { reason = "Masih ada." });

        var problem = await again.ReadProblemAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(problem.Code, Is.EqualTo("complaint_reopen_limit_reached"));
        }
    }

    [Test]
    public async Task A_duplicate_is_rejected_with_a_link_to_the_original()
    {
        var original = await FileAsync("citizen", Waste());
        var duplicate = await FileAsync("citizen", Waste());
        var originalId = Guid.Parse(original.ToString().Split('/')[^1]);

        await StepAsync("coordinator", duplicate, "reject", new { reason = "duplicate", duplicateOf = originalId, note = "Sudah dilaporkan." });

        var read = await Api("citizen").ReadAsync(duplicate);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(read["status"]!.GetValue<string>(), Is.EqualTo("rejected"));
            Assert.That(read["rejectionReason"]!.GetValue<string>(), Is.EqualTo("duplicate"));
            Assert.That(read["duplicateOf"]!.GetValue<Guid>(), Is.EqualTo(originalId));
        }
    }

    [TestCase("duplicate", null, "duplicateOf")]
    [TestCase("spam", "0190f5c0-0000-7000-8000-000000000000", "duplicateOf")]
    [TestCase("bosan", null, "reason")]
    public async Task A_rejection_needs_a_known_reason_and_a_link_only_for_duplicates(string reason, string? duplicateOf, string field)
    {
        var complaint = await FileAsync("citizen", Waste());
        var coordinator = Api("coordinator");

        using var response = await coordinator.PostStepAsync(complaint, "reject", await coordinator.ETagOfAsync(complaint), new { reason, duplicateOf });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await ReadErrorsAsync(response), Does.ContainKey(field));
    }

    [Test]
    public async Task A_duplicate_of_a_complaint_that_does_not_exist_is_422()
    {
        var complaint = await FileAsync("citizen", Waste());
        var coordinator = Api("coordinator");

        using var response = await coordinator.PostStepAsync(complaint, "reject", await coordinator.ETagOfAsync(complaint), new { reason = "duplicate", duplicateOf = Guid.CreateVersion7() });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
    }

    [Test]
    public async Task Resolving_needs_the_answer()
    {
        var complaint = await ComplaintInAsync("in_progress", fresh: true);
        var officer = Api("officer.dlh");

        using var response = await officer.PostStepAsync(complaint, "resolve", await officer.ETagOfAsync(complaint), new { answer = " " });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await ReadErrorsAsync(response), Does.ContainKey("answer"));
    }

    [Test]
    public async Task A_coordinator_routes_to_another_opd_whose_officers_then_handle_it()
    {
        var complaint = await ComplaintInAsync("verified", fresh: true);
        using var newOpdBefore = await Api("officer.dpmptsp").GetAsync(complaint);

        await StepAsync("coordinator", complaint, "disposition", new { opd = "DPMPTSP", note = "Terkait izin usaha." });
        using var formerOpd = await Api("officer.dlh").PostStepAsync(complaint, "start", "\"3\"");
        using var formerOpdReads = await Api("officer.dlh").GetAsync(complaint);
        var started = await StepAsync("officer.dpmptsp", complaint, "start");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(newOpdBefore.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "not routed to DPMPTSP yet");
            Assert.That(formerOpd.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(formerOpdReads.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the category's OPD never had it");
            Assert.That(started["opd"]!.GetValue<string>(), Is.EqualTo("DPMPTSP"));
        }
    }

    private async Task<JsonNode> StepAsync(string who, Uri complaint, string action, object? body = null)
    {
        var api = Api(who);
        using var response = await api.PostStepAsync(complaint, action, await api.ETagOfAsync(complaint), body);
        var json = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{action} by {who}: {json}");
        return JsonNode.Parse(json)!;
    }

    private static string PartyToken(string action) => ComplaintLifecycle.PartyOf(action) switch
    {
        ComplaintParty.Coordinator => "coordinator",
        ComplaintParty.Officer => "officer.dlh",
        _ => "citizen",
    };

    /// <summary>A citizen's waste complaint brought to <paramref name="status"/> along the shortest path; shared unless <paramref name="fresh"/>.</summary>
    private async Task<Uri> ComplaintInAsync(string status, bool fresh = false)
    {
        if (!fresh && _complaintsByStatus.TryGetValue(status, out var known))
            return known;

        string[] path = status switch
        {
            "submitted" => [],
            "verified" => ["verify"],
            "rejected" => ["reject"],
            "dispositioned" => ["verify", "disposition"],
            "in_progress" => ["verify", "disposition", "start"],
            "resolved" => ["verify", "disposition", "start", "resolve"],
            "closed" => ["verify", "disposition", "start", "resolve", "close"],
            "reopened" => ["verify", "disposition", "start", "resolve", "reopen"],
            "withdrawn" => ["withdraw"],
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not a complaint status"),
        };
        var complaint = await FileAsync("citizen", Waste());
        foreach (var action in path)
            await StepAsync(PartyToken(action), complaint, action, ComplaintSteps.BodyFor(action));

        if (!fresh)
            _complaintsByStatus[status] = complaint;
        return complaint;
    }

    private async Task<IReadOnlyList<string>> StatusEventsAsync(Uri complaint)
    {
        var id = complaint.ToString().Split('/')[^1];
        await using var connection = await _host!.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        var payloads = await connection.QueryAsync<string>(
            "SELECT payload FROM complaints.outbox_message WHERE message_type LIKE @type ORDER BY occurred_at, id",
            new { type = "%ComplaintStatusChanged%" });
        return [.. payloads
            .Select(payload => JsonNode.Parse(payload)!)
            .Where(payload => string.Equals(payload["complaintId"]?.GetValue<string>(), id, StringComparison.OrdinalIgnoreCase))
            .Select(payload => payload["toStatus"]!.GetValue<string>())];
    }
}
