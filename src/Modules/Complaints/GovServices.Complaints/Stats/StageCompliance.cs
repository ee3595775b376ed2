using GovServices.BuildingBlocks.Calendar;
using GovServices.Complaints.Domain;

namespace GovServices.Complaints.Stats;

/// <summary>How one stage went for the complaints that have a due date for it.</summary>
/// <param name="Met">Finished on or before the due date (the day it finished, WITA).</param>
/// <param name="Missed">Finished after the due date, or not finished though the due date has passed.</param>
/// <param name="Pending">Not finished and not yet due.</param>
/// <param name="Compliance">Met ÷ (met + missed), rounded to four decimals; null while no complaint has met or missed it.</param>
internal sealed record StageCompliance(int Met, int Missed, int Pending, double? Compliance)
{
    /// <summary>
    /// Counts one stage over <paramref name="rows"/>: each with a due date met or missed by the WITA day it finished,
    /// or, unfinished, missed once the due date has passed and pending before. A complaint rejected or withdrawn
    /// before the stage finished neither met nor missed it: the reporter or the city ended it first.
    /// </summary>
    public static StageCompliance Of<TRow>(
        IEnumerable<TRow> rows, WorkingDayCalendar calendar, DateOnly today, Func<TRow, DateOnly?> dueOn, Func<TRow, DateTimeOffset?> finishedAt, Func<TRow, string> status)
    {
        int met = 0, missed = 0, pending = 0;
        foreach (var row in rows)
        {
            if (dueOn(row) is not { } due)
                continue;

            if (finishedAt(row) is { } finished)
            {
                if (calendar.LocalDate(finished) <= due)
                    met++;
                else
                    missed++;
            }
            else if (status(row) is ComplaintStatus.Withdrawn or ComplaintStatus.Rejected)
            {
                // Ended before this stage: neither met nor missed.
            }
            else if (today > due)
            {
                missed++;
            }
            else
            {
                pending++;
            }
        }

        double? compliance = met + missed == 0 ? null : Math.Round((double)met / (met + missed), 4);
        return new StageCompliance(met, missed, pending, compliance);
    }
}
