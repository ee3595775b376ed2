using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.Complaints.Domain;
using Mediator;

namespace GovServices.Complaints.Lifecycle;

/// <summary>Where the complaint desk routes a verified complaint.</summary>
/// <param name="Opd">The department (OPD) code, for example <c>DLH</c>; left out, the category's OPD.</param>
/// <param name="Note">Instructions for the OPD and the history (up to 2,000 characters).</param>
internal sealed record Disposition(string? Opd = null, string? Note = null);

/// <summary>
/// The complaint desk routes a verified complaint to an OPD, which then has five working days to start on it and the
/// category's SLA in working days to resolve it.
/// </summary>
internal sealed record DispositionComplaintCommand(Guid Id, int ExpectedVersion, string? Opd, string? Note)
    : ICommand<Result<ComplaintStepTaken>>, IComplaintStep;

internal sealed class DispositionComplaintHandler(ComplaintSteps steps, IUnitOfWork unitOfWork, ComplaintDeadlines deadlines, ComplaintsOptions options)
    : ICommandHandler<DispositionComplaintCommand, Result<ComplaintStepTaken>>
{
    public ValueTask<Result<ComplaintStepTaken>> Handle(DispositionComplaintCommand command, CancellationToken cancellationToken) =>
        steps.TakeAsync(
            command.Id,
            command.ExpectedVersion,
            ComplaintAction.Disposition,
            command.Note,
            async (complaint, now, token) =>
            {
                var category = await unitOfWork.QuerySingleAsync<CategoryRow>(
                    ComplaintSql.SelectCategory, new { code = complaint.CategoryCode }, token);
                var followUp = await deadlines.WorkingDaysAfterAsync(complaint.Id, DeadlineStage.FollowUp, now, options.FollowUpWorkingDays, token);
                var resolution = await deadlines.WorkingDaysAfterAsync(complaint.Id, DeadlineStage.Resolution, now, category.SlaWorkingDays, token);

                return complaint with
                {
                    OpdCode = command.Opd ?? category.OpdCode,
                    DispositionedAt = now,
                    FollowUpDueOn = followUp,
                    ResolutionDueOn = resolution,
                };
            },
            // The OPD it went to, also when the desk left the choice to the category ("routed": explicit or category).
            dispositioned => new { opd = dispositioned.OpdCode, routed = command.Opd is null ? "category" : "explicit", note = command.Note is not null },
            cancellationToken);
}
