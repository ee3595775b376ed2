using System.Diagnostics;
using GovServices.BuildingBlocks.Security;

namespace GovServices.CivilRegistry.AccessTrail;

/// <summary>
/// Records that a resident's data was accessed: by which client and user (and the officer's OPD), for which
/// purpose, with what result. Handlers call it before they build their answer and it returns only once the record
/// is committed (<see cref="AccessTrailWriter"/>): when the record cannot be written, nothing is answered.
/// </summary>
internal sealed class ResidentAccessTrail(AccessTrailWriter writer, ICurrentActor actor, TimeProvider clock)
{
    public Task RecordAsync(AccessAction action, string nik, string purpose, AccessResult result, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return writer.AppendAsync(
            new AccessRecord(
                Guid.CreateVersion7(now),
                now,
                actor.ClientId,
                actor.UserId,
                actor.Opd,
                action.ToString(),
                nik,
                purpose,
                result.ToString(),
                Activity.Current?.TraceId.ToString()),
            cancellationToken);
    }
}
