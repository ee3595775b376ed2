using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;
using GovServices.Complaints.Domain;
using Mediator;

namespace GovServices.Complaints.Lifecycle;

/// <summary>
/// The OPD answers and resolves the complaint. The answer is stored as a public answer; the complaint closes by itself
/// after the configured working days unless the reporter confirms or reopens it first.
/// </summary>
internal sealed record ResolveComplaintCommand(Guid Id, int ExpectedVersion, string Answer) : ICommand<Result<ComplaintStepTaken>>, IComplaintStep
{
    public string? Note => null;
}

internal sealed class ResolveComplaintHandler(
    ComplaintSteps steps, IUnitOfWork unitOfWork, ICurrentActor actor, ComplaintDeadlines deadlines, ComplaintsOptions options)
    : ICommandHandler<ResolveComplaintCommand, Result<ComplaintStepTaken>>
{
    public ValueTask<Result<ComplaintStepTaken>> Handle(ResolveComplaintCommand command, CancellationToken cancellationToken) =>
        steps.TakeAsync(
            command.Id,
            command.ExpectedVersion,
            ComplaintAction.Resolve,
            note: null,
            async (complaint, now, token) =>
            {
                var autoClose = await deadlines.WorkingDaysAfterAsync(complaint.Id, ComplaintDeadlines.AutoClose, now, options.AutoCloseWorkingDays, token);

                await unitOfWork.ExecuteAsync(
                    ComplaintSql.InsertResponse,
                    new
                    {
                        id = Guid.CreateVersion7(now),
                        complaint_id = complaint.Id,
                        responded_at = now,
                        opd_code = complaint.OpdCode,
                        body = command.Answer.Trim(),
                        actor_client_id = actor.ClientId,
                        actor_user_id = actor.UserId,
                    },
                    token);
                return complaint with { ResolvedAt = now, AutoCloseOn = autoClose };
            },
            auditDetails: null,
            cancellationToken);
}
