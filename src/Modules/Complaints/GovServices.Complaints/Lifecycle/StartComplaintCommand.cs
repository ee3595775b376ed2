using GovServices.BuildingBlocks.Application;
using GovServices.Complaints.Domain;
using Mediator;

namespace GovServices.Complaints.Lifecycle;

/// <summary>The OPD the complaint is routed to starts on it.</summary>
internal sealed record StartComplaintCommand(Guid Id, int ExpectedVersion, string? Note) : ICommand<Result<ComplaintStepTaken>>, IComplaintStep;

internal sealed class StartComplaintHandler(ComplaintSteps steps) : ICommandHandler<StartComplaintCommand, Result<ComplaintStepTaken>>
{
    public ValueTask<Result<ComplaintStepTaken>> Handle(StartComplaintCommand command, CancellationToken cancellationToken) =>
        steps.TakeAsync(command.Id, command.ExpectedVersion, ComplaintAction.Start, command.Note, (complaint, now, _) => ComplaintSteps.Unchanged(complaint with { StartedAt = now }), auditDetails: null, cancellationToken);
}
