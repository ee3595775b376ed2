using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Calendar;

namespace GovServices.Complaints.Domain;

/// <summary>
/// SLA dates in working days (WITA), counted from the local date of a step. A count that reaches a year without
/// holiday data is refused, here and only here, with <c>422 working_day_calendar_incomplete</c>: a missing year is
/// never treated as a year without holidays.
/// </summary>
internal sealed class ComplaintDeadlines(WorkingDayCalendar calendar)
{
    public DateOnly Today(DateTimeOffset now) => calendar.LocalDate(now);

    public Result<DateOnly> WorkingDaysAfter(DateTimeOffset now, int workingDays)
    {
        try
        {
            return calendar.AddWorkingDays(calendar.LocalDate(now), workingDays);
        }
        catch (HolidayDataMissingException exception)
        {
            return Error.Unprocessable(
                "working_day_calendar_incomplete",
                Messages.Pick(
                    $"This cannot be done now: the holidays of {exception.Year} are not yet known, so no due date can be set. The city has been notified by its health checks.",
                    $"Belum dapat diproses: hari libur tahun {exception.Year} belum tersedia sehingga tenggat waktu tidak dapat dihitung."));
        }
    }
}
