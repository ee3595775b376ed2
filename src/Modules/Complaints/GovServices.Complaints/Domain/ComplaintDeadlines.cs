using GovServices.BuildingBlocks.Calendar;

namespace GovServices.Complaints.Domain;

/// <summary>
/// SLA dates in working days (WITA), counted from the local date of a step. A count is never refused: one that
/// crosses a year without its holiday decree is provisional, remembered, and computed again when the decree is
/// loaded (<see cref="Deadlines.ComplaintDueDateRecomputation"/>).
/// </summary>
internal sealed class ComplaintDeadlines(WorkingDayCalendar calendar, ProvisionalDueDates provisionalDueDates)
{
    /// <summary>The due date the deadline job does not flag but closes the complaint on.</summary>
    public const string AutoClose = "auto_close";

    public DateOnly Today(DateTimeOffset now) => calendar.LocalDate(now);

    /// <summary><paramref name="workingDays"/> after <paramref name="now"/>, as <paramref name="dueDate"/> (a <see cref="DeadlineStage"/> or <see cref="AutoClose"/>) of the complaint.</summary>
    public async Task<DateOnly> WorkingDaysAfterAsync(Guid complaintId, string dueDate, DateTimeOffset now, int workingDays, CancellationToken cancellationToken) =>
        (await provisionalDueDates.CountAsync(ComplaintsModule.Schema, complaintId, dueDate, now, workingDays, cancellationToken)).On;
}
