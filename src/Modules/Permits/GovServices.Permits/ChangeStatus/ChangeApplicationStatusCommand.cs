using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Security;
using GovServices.Permits.Domain;
using GovServices.Permits.ListApplications;
using Mediator;

namespace GovServices.Permits.ChangeStatus;

/// <summary>
/// A step of the lifecycle that needs nothing outside the module: submit (once its checks passed), withdraw,
/// start the review, ask for a revision, reject.
/// </summary>
/// <param name="Id">The application.</param>
/// <param name="ExpectedVersion">The version read (If-Match).</param>
/// <param name="Action">submit, withdraw, start_review, request_revision or reject.</param>
/// <param name="Note">The note; for a rejection, its reason.</param>
/// <param name="Items">For a revision request: what to revise and why.</param>
internal sealed record ChangeApplicationStatusCommand(Guid Id, int ExpectedVersion, string Action, string? Note = null, IReadOnlyList<RevisionItem>? Items = null)
    : ICommand<Result<ApplicationSummary>>
{
    public static readonly IReadOnlyList<string> Actions =
        [ApplicationActions.Submit, ApplicationActions.Withdraw, ApplicationActions.StartReview, ApplicationActions.RequestRevision, ApplicationActions.Reject];
}

internal sealed class ChangeApplicationStatusHandler(ApplicationLifecycle lifecycle, ICurrentActor actor, WorkingDayCalendar calendar, TimeProvider clock)
    : ICommandHandler<ChangeApplicationStatusCommand, Result<ApplicationSummary>>
{
    public async ValueTask<Result<ApplicationSummary>> Handle(ChangeApplicationStatusCommand command, CancellationToken cancellationToken)
    {
        var loaded = await lifecycle.LoadAsync(command.Id, command.Action, command.ExpectedVersion, cancellationToken);
        if (!loaded.IsSuccess)
            return loaded.Error;

        var current = loaded.Value;
        var type = await lifecycle.LoadTypeAsync(current.TypeCode, cancellationToken);
        var now = clock.GetUtcNow();
        var changed = command.Action switch
        {
            ApplicationActions.Submit => current with { SubmittedAt = now, RevisionItems = null, DecisionNote = null },
            ApplicationActions.RequestRevision => current with { RevisionItems = PermitsJson.Serialize(command.Items ?? []) },
            ApplicationActions.Reject => current with { DecisionNote = command.Note?.Trim(), DecidedAt = now },
            _ => current,
        };
        object? details = command.Action == ApplicationActions.RequestRevision ? new { items = command.Items } : null;

        var moved = await lifecycle.MoveAsync(current, changed, command.Action, type.Sla, command.Note?.Trim(), details, cancellationToken);
        return moved.IsSuccess ? ApplicationSummary.From(moved.Value, actor, calendar, calendar.LocalDate(now)) : moved.Error;
    }
}
