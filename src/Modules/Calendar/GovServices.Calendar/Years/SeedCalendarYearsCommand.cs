using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using Mediator;

namespace GovServices.Calendar.Years;

/// <summary>
/// Stores the years this release ships and those in the operator's <c>Calendar:HolidaysDirectory</c>: a year not
/// yet stored is added, and a stored provisional year gives way to a decree. A stored decree is never replaced at
/// start-up (an administrator's amendment through the API must survive a restart); answers how many years changed.
/// </summary>
internal sealed record SeedCalendarYearsCommand : ICommand<int>;

/// <summary>
/// Safe when several instances start at once: the insert skips a year another instance stored first, and the
/// replacement holds only at the version that was read.
/// </summary>
internal sealed class SeedCalendarYearsHandler(IUnitOfWork unitOfWork, CalendarOptions options, TimeProvider clock)
    : ICommandHandler<SeedCalendarYearsCommand, int>
{
    public async ValueTask<int> Handle(SeedCalendarYearsCommand command, CancellationToken cancellationToken)
    {
        var stored = (await unitOfWork.QueryAsync<CalendarYearRow>(CalendarYearSql.SelectAll, null, cancellationToken)).ToDictionary(row => row.Year);
        var changed = 0;
        foreach (var (year, source) in Candidates())
        {
            var current = stored.GetValueOrDefault(year.Year);
            var row = CalendarYearSql.Parameters(year, source, loadedBy: null, clock.GetUtcNow(), current?.Version ?? 1);
            if (current is null)
            {
                changed += await unitOfWork.ExecuteAsync(CalendarYearSql.InsertIfAbsent(unitOfWork.Dialect), row, cancellationToken);
            }
            else if (current.Status == CalendarYearStatuses.Provisional && year.Status == CalendarYearStatus.Decree)
            {
                changed += await unitOfWork.ExecuteAsync(CalendarYearSql.Replace, row, cancellationToken);
            }
        }

        return changed;
    }

    /// <summary>The shipped years, with the operator's files in place of those of the same year.</summary>
    private IEnumerable<(CalendarYear Year, string Source)> Candidates()
    {
        var years = HolidayData.LoadEmbedded().ToDictionary(year => year.Year, year => (Year: year, Source: CalendarYearSources.Release));
        if (!string.IsNullOrWhiteSpace(options.HolidaysDirectory))
        {
            foreach (var year in HolidayData.LoadDirectory(options.HolidaysDirectory))
                years[year.Year] = (year, CalendarYearSources.OperatorFolder);
        }

        return years.Values.OrderBy(candidate => candidate.Year.Year);
    }
}
