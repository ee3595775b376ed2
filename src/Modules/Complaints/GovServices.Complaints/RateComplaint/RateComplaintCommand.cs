using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Complaints.Domain;
using GovServices.Complaints.GetComplaint;
using Mediator;

namespace GovServices.Complaints.RateComplaint;

/// <summary>The reporter rates a resolved or closed complaint, once.</summary>
internal sealed record RateComplaintCommand(Guid Id, int Score) : ICommand<Result<RatingGiven>>;

/// <summary>The rating as stored.</summary>
/// <param name="Score">1 to 5.</param>
/// <param name="RatedAt">When (UTC).</param>
internal sealed record RatingGiven(int Score, DateTimeOffset RatedAt)
{
    internal int Version { get; init; }
}

internal sealed class RateComplaintHandler(IUnitOfWork unitOfWork, IAuditTrail auditTrail, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<RateComplaintCommand, Result<RatingGiven>>
{
    public async ValueTask<Result<RatingGiven>> Handle(RateComplaintCommand command, CancellationToken cancellationToken)
    {
        var complaint = await unitOfWork.QuerySingleOrDefaultAsync<ComplaintRow>(ComplaintSql.SelectById, new { id = command.Id }, cancellationToken);
        if (complaint is null || !ComplaintAccess.CanRead(actor, complaint))
            return GetComplaintHandler.NotFound;
        if (!ComplaintAccess.IsReporterSide(actor, complaint))
            return Error.Forbidden("complaint_action_forbidden", Bilingual.Pick("Only the reporter rates a complaint.", "Hanya pelapor yang dapat menilai pengaduan."));
        if (complaint.Status is not (ComplaintStatus.Resolved or ComplaintStatus.Closed))
        {
            return Error.Conflict(
                "complaint_not_resolved",
                Bilingual.Pick("Only a resolved or closed complaint can be rated.", "Hanya pengaduan yang sudah diselesaikan atau ditutup yang dapat dinilai."));
        }

        var now = clock.GetUtcNow();
        var rated = await unitOfWork.ExecuteAsync(
            ComplaintSql.Rate, new { id = complaint.Id, rating = command.Score, rated_at = now }, cancellationToken);
        if (rated == 0)
            return Error.Conflict("complaint_already_rated", Bilingual.Pick("This complaint has already been rated.", "Pengaduan ini sudah dinilai."));

        await auditTrail.RecordAsync(
            ComplaintsModule.Schema,
            new AuditEvent("complaint.rated", "complaint", complaint.Id.ToString(), Details: new { score = command.Score, opd = complaint.OpdCode }),
            cancellationToken);
        return new RatingGiven(command.Score, now) { Version = complaint.Version + 1 };
    }
}
