using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
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
                details = Details(auditEvent.Details),
                trace_id = Activity.Current?.TraceId.ToString(),
            },
            cancellationToken);
    }

    /// <summary>
    /// The event's details as JSON. A back-office system bound to an OPD acts for that OPD: its events say which one
    /// (<c>actorOpd</c>) beside its client id, so the trail reads "system X of OPD Y" (ADR 0051).
    /// </summary>
    private string? Details(object? details)
    {
        if (!OfficerOpd.IsSystem(actor))
            return details is null ? null : JsonSerializer.Serialize(details, DetailsJson);

        var node = details is null ? new JsonObject() : JsonSerializer.SerializeToNode(details, DetailsJson);
        if (node is not JsonObject withActor)
            return node?.ToJsonString(DetailsJson);
        withActor["actorOpd"] = actor.Opd;
        return withActor.ToJsonString(DetailsJson);
    }
}
