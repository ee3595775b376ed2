using GovServices.BuildingBlocks.Application;
using GovServices.Complaints.Domain;
using Mediator;

namespace GovServices.Complaints.Lifecycle;

/// <summary>The complaint desk verifies a submitted complaint: it is genuine and complete.</summary>
internal sealed record VerifyComplaintCommand(Guid Id, int ExpectedVersion, string? Note) : ICommand<Result<ComplaintStepTaken>>, IComplaintStep;

internal sealed class VerifyComplaintHandler(ComplaintSteps steps) : ICommandHandler<VerifyComplaintCommand, Result<ComplaintStepTaken>>
{
    public ValueTask<Result<ComplaintStepTaken>> Handle(VerifyComplaintCommand command, CancellationToken cancellationToken) =>
        steps.TakeAsync(command.Id, command.ExpectedVersion, ComplaintAction.Verify, command.Note, (complaint, now, _) => ComplaintSteps.Unchanged(complaint with { VerifiedAt = now }), auditDetails: null, cancellationToken);
}
