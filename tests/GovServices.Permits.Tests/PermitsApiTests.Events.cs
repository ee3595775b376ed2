using System.Text.Json.Nodes;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Permits.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Permits.Tests;

/// <summary>What an application's steps put in the Permits outbox: one status change per step, naming its audience (ADR 0048).</summary>
public sealed partial class PermitsApiTests
{
    [Test]
    public async Task An_application_walked_through_its_steps_publishes_one_status_change_per_step_with_its_from_and_to()
    {
        var (id, etag) = await ReadyMicroBusinessAsync("partner-app");
        using var app = Api("partner-app");
        using var officer = Api("officer.dpmptsp");
        (_, etag) = await ReadAsync(await StepAsync(app, id, "submit", etag), 200);
        (_, etag) = await ReadAsync(await StepAsync(officer, id, "start-review", etag), 200);
        (_, etag) = await ReadAsync(await StepAsync(officer, id, "request-revision", etag, new { items = new[] { new { item = "general", reason = "Lengkapi alamat usaha." } } }), 200);
        (_, etag) = await ReadAsync(await StepAsync(app, id, "submit", etag), 200);
        (_, etag) = await ReadAsync(await StepAsync(officer, id, "start-review", etag), 200);
        var (issued, _) = await ReadAsync(await StepAsync(officer, id, "approve", etag), 200);
        var application = JsonNode.Parse(await officer.GetStringAsync(Of(id)))!;
        var permitId = application["permit"]!["id"]!.GetValue<string>();
        var permitNumber = application["permit"]!["number"]!.GetValue<string>();
        using var permit = await officer.GetAsync(new Uri($"/api/v1/permits/issued/{permitId}", UriKind.Relative));
        using var revoke = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/permits/issued/{permitId}/revoke", UriKind.Relative))
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { reason = "Usaha tidak lagi berjalan di alamat yang didaftarkan." }),
        };
        revoke.Headers.TryAddWithoutValidation("If-Match", permit.Headers.ETag!.Tag);
        await ReadAsync(await officer.SendAsync(revoke), 200);

        var events = await StatusEventsAsync(id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(issued["status"]!.GetValue<string>(), Is.EqualTo("issued"), "a micro-business licence is free: issued on approval");
            Assert.That(events.Select(e => (e["fromStatus"]?.GetValue<string>(), e["toStatus"]!.GetValue<string>())), Is.EqualTo(new (string?, string)[]
            {
                ("draft", "submitted"), ("submitted", "under_review"), ("under_review", "revision_requested"), ("revision_requested", "submitted"),
                ("submitted", "under_review"), ("under_review", "approved"), ("approved", "issued"), ("issued", "revoked"),
            }));
            Assert.That(events.Select(e => e["permitNumber"]?.GetValue<string>()), Is.EqualTo(new[] { null, null, null, null, null, null, permitNumber, permitNumber }), "the number once issued or revoked");
            Assert.That(events.Select(e => e["applicationNumber"]!.GetValue<string>()), Is.All.EqualTo(id.ToString()));
            Assert.That(events.Select(e => e["permitType"]!.GetValue<string>()), Is.All.EqualTo("IUMK"));
            Assert.That(events.Select(e => e["audience"]!["ownerClientId"]!.GetValue<string>()), Is.All.EqualTo("partner-app"), "the app that applied");
            Assert.That(events.Select(e => e["audience"]!["opd"]!.GetValue<string>()), Is.All.EqualTo("DPMPTSP"), "the issuing OPD");
            Assert.That(events.Select(e => e.ToJsonString()), Has.None.Contain(DemoCitizenName).And.None.Contain(DemoCitizenNik).And.None.Contain("Lengkapi"));
        }
    }

    [Test]
    public async Task A_withdrawn_and_a_rejected_application_publish_their_last_step_and_a_draft_publishes_nothing()
    {
        var (withdrawn, withdrawnETag) = await ReadyMicroBusinessAsync();
        var (rejected, rejectedETag) = await ReadyMicroBusinessAsync();
        var (draft, _) = await CreateDraftAsync("citizen");
        using var citizen = Api("citizen");
        using var officer = Api("officer.dpmptsp");
        (_, withdrawnETag) = await ReadAsync(await StepAsync(citizen, withdrawn, "submit", withdrawnETag), 200);
        await ReadAsync(await StepAsync(citizen, withdrawn, "withdraw", withdrawnETag), 200);
        (_, rejectedETag) = await ReadAsync(await StepAsync(citizen, rejected, "submit", rejectedETag), 200);
        (_, rejectedETag) = await ReadAsync(await StepAsync(officer, rejected, "start-review", rejectedETag), 200);
        await ReadAsync(await StepAsync(officer, rejected, "reject", rejectedETag, new { reason = "Tidak memenuhi syarat." }), 200);

        var withdrawnEvents = await StatusEventsAsync(withdrawn);
        var rejectedEvents = await StatusEventsAsync(rejected);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(withdrawnEvents.Select(e => e["toStatus"]!.GetValue<string>()), Is.EqualTo(new[] { "submitted", "withdrawn" }));
            Assert.That(withdrawnEvents[^1]["fromStatus"]!.GetValue<string>(), Is.EqualTo("submitted"));
            Assert.That(rejectedEvents.Select(e => e["toStatus"]!.GetValue<string>()), Is.EqualTo(new[] { "submitted", "under_review", "rejected" }));
            Assert.That(rejectedEvents.Select(e => e["audience"]!["opd"]!.GetValue<string>()), Is.All.EqualTo("DPMPTSP"));
            Assert.That(rejectedEvents.Select(e => e.ToJsonString()), Has.None.Contain("Tidak memenuhi"), "the reason is not in the event");
            Assert.That(await StatusEventsAsync(draft), Is.Empty, "only the applicant's app knows of a draft");
        }
    }

    /// <summary>The <see cref="PermitApplicationStatusChanged"/> payloads about <paramref name="id"/> in the outbox, oldest first.</summary>
    private async Task<IReadOnlyList<JsonNode>> StatusEventsAsync(Guid id)
    {
        await using var connection = await _host!.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        var payloads = await connection.QueryAsync<string>(
            "SELECT payload FROM permits.outbox_message WHERE message_type = @type ORDER BY occurred_at, id",
            new { type = typeof(PermitApplicationStatusChanged).FullName });
        return [.. payloads
            .Select(payload => JsonNode.Parse(payload)!)
            .Where(payload => Guid.Parse(payload["applicationId"]!.GetValue<string>()) == id)];
    }
}
