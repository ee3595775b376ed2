using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Security;
using GovServices.Permits.Domain;
using GovServices.Permits.ListApplications;
using Mediator;

namespace GovServices.Permits.ApproveApplication;

/// <summary>An officer of the issuing OPD approves an application under review; a free permit is issued at once.</summary>
internal sealed record ApproveApplicationCommand(Guid Id, int ExpectedVersion, string? Note) : ICommand<Result<ApplicationSummary>>;

internal sealed class ApproveApplicationHandler(
    ApplicationLifecycle lifecycle, PermitIssuance issuance, ICurrentActor actor, WorkingDayCalendar calendar, TimeProvider clock)
    : ICommandHandler<ApproveApplicationCommand, Result<ApplicationSummary>>
{
    public async ValueTask<Result<ApplicationSummary>> Handle(ApproveApplicationCommand command, CancellationToken cancellationToken)
    {
        var loaded = await lifecycle.LoadAsync(command.Id, ApplicationActions.Approve, command.ExpectedVersion, cancellationToken);
        if (!loaded.IsSuccess)
            return loaded.Error;

        var current = loaded.Value;
        var type = await lifecycle.LoadTypeAsync(current.TypeCode, cancellationToken);
        var now = clock.GetUtcNow();
        var approved = await lifecycle.MoveAsync(
            current, current with { DecisionNote = command.Note?.Trim(), DecidedAt = now }, ApplicationActions.Approve, type.Sla, command.Note?.Trim(), null, cancellationToken);
        if (!approved.IsSuccess)
            return approved.Error;

        var result = type.Fee.IsFree ? await issuance.IssueAsync(approved.Value, type, cancellationToken) : approved;
        return result.IsSuccess ? ApplicationSummary.From(result.Value, actor, calendar, calendar.LocalDate(now)) : result.Error;
    }
}
