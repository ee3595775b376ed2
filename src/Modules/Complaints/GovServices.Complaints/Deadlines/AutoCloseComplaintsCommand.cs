using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Complaints.Domain;
using GovServices.Complaints.Lifecycle;
using GovServices.Complaints.Survey;
using Mediator;

namespace GovServices.Complaints.Deadlines;

/// <summary>Closes up to <paramref name="BatchSize"/> resolved complaints whose auto-close date has come; answers how many.</summary>
internal sealed record AutoCloseComplaintsCommand(int BatchSize) : ICommand<int>;

/// <summary>
/// Takes the <c>auto_close</c> step of the transition table as the system, at the version read: a reporter who
/// confirms or reopens meanwhile wins, and of two host instances only one closes a complaint. With the survey on, a
/// complaint it asks about waits for its answer, or for its link to expire, before it closes (ADR 0071).
/// </summary>
internal sealed class AutoCloseComplaintsHandler(IUnitOfWork unitOfWork, ComplaintSteps steps, ComplaintDeadlines deadlines, ComplaintsOptions options, TimeProvider clock)
    : ICommandHandler<AutoCloseComplaintsCommand, int>
{
    public async ValueTask<int> Handle(AutoCloseComplaintsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await unitOfWork.QueryAsync<ComplaintRow>(
            ComplaintSql.SelectDueForAutoClose(unitOfWork.Dialect, options.SurveyEnabled ? SurveySql.NotWaitingForSurvey : "1 = 1"),
            new { today = deadlines.Today(now), now, max_reopens = ComplaintLifecycle.MaxReopens, consent = true, limit = command.BatchSize },
            cancellationToken);

        var closed = 0;
        foreach (var complaint in due)
        {
            var step = await steps.TakeAsync(
                complaint.Id,
                complaint.Version,
                ComplaintAction.AutoClose,
                Bilingual.Pick("Closed automatically: the reporter did not answer the resolution in time.", "Ditutup otomatis: pelapor tidak menanggapi jawaban dalam batas waktu."),
                (next, now, _) => ComplaintSteps.Unchanged(next with { ClosedAt = now }),
                auditDetails: null,
                cancellationToken);
            if (step.IsSuccess)
                closed++;
        }

        return closed;
    }
}
