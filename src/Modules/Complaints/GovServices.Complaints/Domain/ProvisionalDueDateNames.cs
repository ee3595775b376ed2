using GovServices.BuildingBlocks.Calendar;

namespace GovServices.Complaints.Domain;

/// <summary>
/// Which of a complaint's due dates are provisional: those in a year the calendar has no decree for. Every answer that
/// shows due dates lists them, so a reporter or an OPD knows the date may still move by a day or two.
/// </summary>
internal static class ProvisionalDueDateNames
{
    public static IReadOnlyList<string> Of(
        WorkingDayCalendar calendar, DateOnly? verification, DateOnly? followUp = null, DateOnly? resolution = null, DateOnly? autoClose = null) =>
    [
        .. Provisional(calendar, verification, DeadlineStage.Verification),
        .. Provisional(calendar, followUp, DeadlineStage.FollowUp),
        .. Provisional(calendar, resolution, DeadlineStage.Resolution),
        .. Provisional(calendar, autoClose, ComplaintDeadlines.AutoClose),
    ];

    private static string[] Provisional(WorkingDayCalendar calendar, DateOnly? dueOn, string name) =>
        dueOn is { } date && calendar.IsProvisional(date) ? [name] : [];
}
