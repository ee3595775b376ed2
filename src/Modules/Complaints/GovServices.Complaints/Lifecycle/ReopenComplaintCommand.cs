using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Complaints.Domain;
using Mediator;

namespace GovServices.Complaints.Lifecycle;

/// <summary>
/// The reporter is not satisfied with the answer and reopens the complaint, once. The OPD starts on it again and
/// has the category's SLA in working days, from today, to resolve it.
/// </summary>
internal sealed record ReopenComplaintCommand(Guid Id, int ExpectedVersion, string Reason) : ICommand<Result<ComplaintStepTaken>>, IComplaintStep
{
    public string? Note => null;
}

internal sealed class ReopenComplaintHandler(ComplaintSteps steps, IUnitOfWork unitOfWork, ComplaintDeadlines deadlines)
    : ICommandHandler<ReopenComplaintCommand, Result<ComplaintStepTaken>>
{
    public ValueTask<Result<ComplaintStepTaken>> Handle(ReopenComplaintCommand command, CancellationToken cancellationToken) =>
        steps.TakeAsync(
            command.Id,
            command.ExpectedVersion,
            ComplaintAction.Reopen,
            command.Reason.Trim(),
            (complaint, now, token) => Reopen(unitOfWork, deadlines, complaint, now, token),
            auditDetails: null,
            cancellationToken);

    /// <summary>What reopening changes, once only: the OPD has the category's SLA again from today. Also the survey's <c>not_fixed</c> (ADR 0071).</summary>
    public static async ValueTask<Result<ComplaintRow>> Reopen(
        IUnitOfWork unitOfWork, ComplaintDeadlines deadlines, ComplaintRow complaint, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (complaint.ReopenCount >= ComplaintLifecycle.MaxReopens)
        {
            return Error.Conflict(
                "complaint_reopen_limit_reached",
                Bilingual.Pick("A complaint can be reopened only once.", "Pengaduan hanya dapat dibuka kembali satu kali."));
        }

        var category = await unitOfWork.QuerySingleAsync<CategoryRow>(
            ComplaintSql.SelectCategory, new { code = complaint.CategoryCode }, cancellationToken);
        var resolution = await deadlines.WorkingDaysAfterAsync(complaint.Id, DeadlineStage.Resolution, now, category.SlaWorkingDays, cancellationToken);

        return complaint with
        {
            ReopenCount = complaint.ReopenCount + 1,
            ResolutionDueOn = resolution,
            ResolutionOverdueAt = null,
            AutoCloseOn = null,
        };
    }
}
