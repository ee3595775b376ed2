using Dapper;
using GovServices.BuildingBlocks.Data;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Permits.Tests;

public sealed partial class PermitsApiTests
{
    [Test]
    public async Task Every_change_to_an_application_leaves_an_audit_record_naming_who_made_it()
    {
        var (id, etag) = await ReadyMicroBusinessAsync();
        using var citizen = Api("citizen");
        using var officer = Api("officer.dpmptsp");
        var (_, submittedETag) = await ReadAsync(await StepAsync(citizen, id, "submit", etag), 200);
        var (_, reviewETag) = await ReadAsync(await StepAsync(officer, id, "start-review", submittedETag), 200);
        await ReadAsync(await StepAsync(officer, id, "reject", reviewETag, new { reason = "Lokasi usaha berada di jalur hijau." }), 200);

        await using var scope = _host!.Services.CreateAsyncScope();
        await using var connection = await scope.ServiceProvider.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        var records = (await connection.QueryAsync<(string Action, string? ActorClientId, string? ActorUserId)>(
            "SELECT action, actor_client_id, actor_user_id FROM permits.audit_log WHERE entity_id = @entity_id ORDER BY occurred_at, id",
            new { entity_id = id.ToString() })).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(records.Select(record => record.Action), Is.EqualTo(new[]
            {
                "application.created", "application.document_uploaded", "application.submit", "application.start_review", "application.reject",
            }));
            Assert.That(records.All(record => record.ActorUserId is not null && record.ActorClientId is not null), Is.True);
            Assert.That(records[^1].ActorUserId, Is.Not.EqualTo(records[0].ActorUserId), "the officer, not the applicant, rejected it");
        }
    }
}
