using GovServices.BuildingBlocks.Application;
using GovServices.Complaints.Domain;
using Mediator;

namespace GovServices.Complaints.Lifecycle;

/// <summary>The reporter confirms the answer and closes the complaint.</summary>
internal sealed record CloseComplaintCommand(Guid Id, int ExpectedVersion, string? Note) : ICommand<Result<ComplaintStepTaken>>, IComplaintStep;

internal sealed class CloseComplaintHandler(ComplaintSteps steps) : ICommandHandler<CloseComplaintCommand, Result<ComplaintStepTaken>>
{
    public ValueTask<Result<ComplaintStepTaken>> Handle(CloseComplaintCommand command, CancellationToken cancellationToken) =>
        steps.TakeAsync(command.Id, command.ExpectedVersion, ComplaintAction.Close, command.Note, (complaint, now, _) => ComplaintSteps.Unchanged(complaint with { ClosedAt = now }), auditDetails: null, cancellationToken);
}
