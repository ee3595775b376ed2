using GovServices.BuildingBlocks.Calendar;
using GovServices.Calendar.Years;
using Mediator;

namespace GovServices.Calendar.ListYears;

/// <summary>Every stored year, and this year and next (WITA) when they are missing.</summary>
internal sealed record ListCalendarYearsQuery : IQuery<CalendarYearList>;

internal sealed class ListCalendarYearsHandler(CalendarYearReader years, WorkingDayCalendar calendar, TimeProvider clock)
    : IQueryHandler<ListCalendarYearsQuery, CalendarYearList>
{
    public async ValueTask<CalendarYearList> Handle(ListCalendarYearsQuery query, CancellationToken cancellationToken)
    {
        var stored = (await years.ReadAllAsync(cancellationToken))
            .Select(CalendarYearSummary.From)
            .ToDictionary(year => year.Year);

        var thisYear = calendar.LocalDate(clock.GetUtcNow()).Year;
        foreach (var year in new[] { thisYear, thisYear + 1 })
            stored.TryAdd(year, CalendarYearSummary.Missing(year));
        return new CalendarYearList([.. stored.Values.OrderBy(year => year.Year)]);
    }
}
