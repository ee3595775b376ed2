using Dapper;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Tests.Harness;
using GovServices.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.BuildingBlocks.Tests.Auditing;

[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class AuditTrailTests(DatabaseProvider provider) : DatabaseFixture(provider)
{
    private sealed class AuditRow
    {
        public string Action { get; init; } = "";

        public string? EntityType { get; init; }

        public string? EntityId { get; init; }

        public string Outcome { get; init; } = "";

        public string? Details { get; init; }

        public DateTimeOffset OccurredAt { get; init; }
    }

    private async Task RecordAsync(AuditEvent auditEvent, bool commit)
    {
        await using var scope = Harness.Services.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync();
        await scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordAsync("sample", auditEvent);
        if (commit)
            await unitOfWork.CommitAsync();
        else
            await unitOfWork.RollbackAsync();
    }

    [Test]
    public async Task An_audit_record_commits_with_the_change_it_describes()
    {
        var entityId = Guid.CreateVersion7().ToString();

        await RecordAsync(new AuditEvent("note.written", "note", entityId, Details: new { Length = 12 }), commit: true);

        await using var connection = await Harness.Connections.OpenConnectionAsync();
        var row = await connection.QuerySingleAsync<AuditRow>(
            "SELECT action, entity_type, entity_id, outcome, details, occurred_at FROM sample.audit_log WHERE entity_id = @entityId",
            new { entityId });
        Assert.Multiple(() =>
        {
            Assert.That(row.Action, Is.EqualTo("note.written"));
            Assert.That(row.EntityType, Is.EqualTo("note"));
            Assert.That(row.Outcome, Is.EqualTo("Success"));
            Assert.That(row.Details, Is.EqualTo("""{"length":12}"""));
            Assert.That(row.OccurredAt, Is.EqualTo(Harness.Clock.GetUtcNow()));
        });
    }

    [Test]
    public async Task An_audit_record_of_a_rolled_back_change_does_not_remain()
    {
        var entityId = Guid.CreateVersion7().ToString();

        await RecordAsync(new AuditEvent("note.written", "note", entityId), commit: false);

        Assert.That(
            await Harness.ScalarAsync<long>("SELECT COUNT(*) FROM sample.audit_log WHERE entity_id = @entityId", new { entityId }),
            Is.Zero);
    }
}
