using System.Diagnostics;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;

namespace GovServices.CivilRegistry.AccessTrail;

/// <summary>
/// Records, in the command's own transaction, that a resident's data was accessed: by which client and user
/// (and the officer's OPD), for which purpose, with what result. Handlers write it before they build their answer,
/// and the answer leaves only after the commit: when the record cannot be written, nothing is answered.
/// </summary>
internal sealed class ResidentAccessTrail(IUnitOfWork unitOfWork, ICurrentActor actor, TimeProvider clock)
{
    public const string InsertSql =
        """
        INSERT INTO civil_registry.access_log (id, occurred_at, client_id, user_id, user_opd, action, nik, purpose, result, trace_id)
        VALUES (@id, @occurred_at, @client_id, @user_id, @user_opd, @action, @nik, @purpose, @result, @trace_id)
        """;

    public Task RecordAsync(AccessAction action, string nik, string purpose, AccessResult result, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return unitOfWork.Connection.ExecuteAsync(new CommandDefinition(
            InsertSql,
            new
            {
                id = Guid.CreateVersion7(now),
                occurred_at = now,
                client_id = actor.ClientId,
                user_id = actor.UserId,
                user_opd = actor.Opd,
                action = action.ToString(),
                nik,
                purpose,
                result = result.ToString(),
                trace_id = Activity.Current?.TraceId.ToString(),
            },
            unitOfWork.Transaction,
            cancellationToken: cancellationToken));
    }
}
