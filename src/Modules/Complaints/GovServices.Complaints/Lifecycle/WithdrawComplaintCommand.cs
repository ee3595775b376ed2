using GovServices.BuildingBlocks.Application;
using GovServices.Complaints.Domain;
using Mediator;

namespace GovServices.Complaints.Lifecycle;

/// <summary>The reporter withdraws the complaint before the OPD starts on it.</summary>
internal sealed record WithdrawComplaintCommand(Guid Id, int ExpectedVersion, string? Note) : ICommand<Result<ComplaintStepTaken>>, IComplaintStep;

internal sealed class WithdrawComplaintHandler(ComplaintSteps steps) : ICommandHandler<WithdrawComplaintCommand, Result<ComplaintStepTaken>>
{
    public ValueTask<Result<ComplaintStepTaken>> Handle(WithdrawComplaintCommand command, CancellationToken cancellationToken) =>
        steps.TakeAsync(command.Id, command.ExpectedVersion, ComplaintAction.Withdraw, command.Note, (complaint, _, _) => ComplaintSteps.Unchanged(complaint), auditDetails: null, cancellationToken);
}
