using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Complaints.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Complaints.Tests;

/// <summary>The integration events a complaint's life puts in the outbox, each naming its audience (ADR 0048).</summary>
public sealed partial class ComplaintsApiTests
{
    [Test]
    public async Task A_comment_either_side_adds_publishes_complaint_commented_with_its_author_kind_and_audience_never_its_text()
    {
        var complaint = await RoutedAsync(await FileAsync("partner-app", Waste(reporter: new { name = "Dewi Lestari", contact = "0812-7777-0101" })));
        using var fromReporter = await Api("partner-app").PostAsJsonAsync(new Uri($"{complaint}/comments", UriKind.Relative), new { text = "Baunya makin parah." });
        using var fromOpd = await Api("officer.dlh").PostAsJsonAsync(new Uri($"{complaint}/comments", UriKind.Relative), new { text = "Tim kami menuju lokasi." });
        var reporterComment = JsonNode.Parse(await fromReporter.Content.ReadAsStringAsync())!;
        var opdComment = JsonNode.Parse(await fromOpd.Content.ReadAsStringAsync())!;
        var trackingCode = (await Api("partner-app").ReadAsync(complaint))["trackingCode"]!.GetValue<string>();

        var events = await OutboxEventsAsync<ComplaintCommented>(complaint);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(fromReporter.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(fromOpd.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(events.Select(e => e["commentId"]!.GetValue<string>()), Is.EqualTo(new[] { reporterComment["id"]!.GetValue<string>(), opdComment["id"]!.GetValue<string>() }));
            Assert.That(events.Select(e => e["authorKind"]!.GetValue<string>()), Is.EqualTo(new[] { "reporter", "staff" }));
            Assert.That(events.Select(e => e["trackingCode"]!.GetValue<string>()), Is.All.EqualTo(trackingCode));
            Assert.That(events.Select(e => e["audience"]!["ownerClientId"]!.GetValue<string>()), Is.All.EqualTo("partner-app"), "the app that filed it");
            Assert.That(events.Select(e => e["audience"]!["opd"]!.GetValue<string>()), Is.All.EqualTo("DLH"), "the OPD it is routed to");
            Assert.That(events.Select(e => e.ToJsonString()), Has.None.Contain("Bau").And.None.Contain("Tim kami").And.None.Contain("Dewi"));
        }
    }

    [Test]
    public async Task A_staff_note_on_a_step_and_a_refused_comment_publish_no_complaint_commented()
    {
        var complaint = await FileAsync("partner-app", Waste(reporter: new { name = "Dewi Lestari", contact = "0812" }));
        await StepAsync("coordinator", complaint, "verify", new { note = "Hanya untuk petugas: lokasi sudah dicek." });
        using var fromAuditor = await Api("auditor").PostAsJsonAsync(new Uri($"{complaint}/comments", UriKind.Relative), new { text = "Catatan." });

        var comments = await OutboxEventsAsync<ComplaintCommented>(complaint);
        var steps = await OutboxEventsAsync<ComplaintStatusChanged>(complaint);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(fromAuditor.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(comments, Is.Empty, "a step's note is not a comment, and a refused comment is nothing");
            Assert.That(steps.Select(e => e["toStatus"]!.GetValue<string>()), Is.EqualTo(new[] { "submitted", "verified" }));
            Assert.That(steps.Select(e => e.ToJsonString()), Has.None.Contain("Hanya untuk petugas"));
        }
    }

    [Test]
    public async Task Each_status_change_names_the_app_that_filed_the_complaint_and_the_opd_only_once_it_is_dispositioned_there()
    {
        var byApp = await RoutedAsync(await FileAsync("partner-app", Waste(reporter: new { name = "Dewi", contact = "0812" })));
        var byCitizen = await FileAsync("citizen", Waste());

        var appEvents = await OutboxEventsAsync<ComplaintStatusChanged>(byApp);
        var citizenEvents = await OutboxEventsAsync<ComplaintStatusChanged>(byCitizen);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(appEvents.Select(e => e["toStatus"]!.GetValue<string>()), Is.EqualTo(new[] { "submitted", "verified", "dispositioned" }));
            Assert.That(appEvents.Select(e => e["audience"]!["ownerClientId"]!.GetValue<string>()), Is.All.EqualTo("partner-app"));
            // Officers read a complaint only once it is dispositioned to their OPD; its events name the OPD no sooner.
            Assert.That(appEvents.Select(e => e["audience"]!["opd"]?.GetValue<string>()), Is.EqualTo(new[] { null, null, "DLH" }));
            Assert.That(citizenEvents.Single()["audience"]!["ownerClientId"]?.GetValue<string>(), Is.Not.EqualTo("partner-app"), "a citizen's own client, not the partner app");
        }
    }

    /// <summary>The payloads of <typeparamref name="TEvent"/> about <paramref name="complaint"/> in the outbox, oldest first.</summary>
    private async Task<IReadOnlyList<JsonNode>> OutboxEventsAsync<TEvent>(Uri complaint)
    {
        var id = complaint.ToString().Split('/')[^1];
        await using var connection = await _host!.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        var payloads = await connection.QueryAsync<string>(
            "SELECT payload FROM complaints.outbox_message WHERE message_type = @type ORDER BY occurred_at, id",
            new { type = typeof(TEvent).FullName });
        return [.. payloads
            .Select(payload => JsonNode.Parse(payload)!)
            .Where(payload => string.Equals(payload["complaintId"]?.GetValue<string>(), id, StringComparison.OrdinalIgnoreCase))];
    }
}
