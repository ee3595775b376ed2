using System.Diagnostics;
using System.Text.Json;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;

namespace GovServices.BuildingBlocks.Auditing;

internal sealed class AuditTrail(IUnitOfWork unitOfWork, ICurrentActor actor, TimeProvider clock) : IAuditTrail
{
    private static readonly JsonSerializerOptions DetailsJson = new(JsonSerializerDefaults.Web);

    public Task RecordAsync(string schema, AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return unitOfWork.ExecuteAsync(
            AuditSql.Insert(schema),
            new
            {
                id = Guid.CreateVersion7(now),
                occurred_at = now,
                actor_client_id = actor.ClientId,
                actor_user_id = actor.UserId,
                action = auditEvent.Action,
                entity_type = auditEvent.EntityType,
                entity_id = auditEvent.EntityId,
                outcome = auditEvent.Outcome.ToString(),
                details = auditEvent.Details is null ? null : JsonSerializer.Serialize(auditEvent.Details, DetailsJson),
                trace_id = Activity.Current?.TraceId.ToString(),
            },
            cancellationToken);
    }
}
