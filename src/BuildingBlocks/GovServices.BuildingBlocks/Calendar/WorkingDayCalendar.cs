using System.Collections.Frozen;
using Microsoft.Extensions.Configuration;

namespace GovServices.BuildingBlocks.Calendar;

/// <summary>
/// Working days of the city's government offices: Monday to Friday, except national holidays and collective-leave
/// days. Holidays come from data per year, each year a decree or provisional; a year with no data is counted on the
/// holidays that follow from the year alone (<see cref="FixedHolidays"/>). No count ever fails: a count that crosses
/// a year without its decree gives a <see cref="DueDate"/> marked provisional, because a citizen must never be
/// refused for the city's reference data.
/// </summary>
/// <remarks>
/// The years can be replaced while the host runs (<see cref="Replace"/>): the Calendar module loads them from its
/// schema, so a decree loaded through one instance reaches every instance without a restart. Readers see one
/// consistent set of years, swapped whole.
/// </remarks>
public sealed class WorkingDayCalendar
{
    /// <summary>The city's time zone: Bontang keeps WITA (UTC+8), IANA <c>Asia/Makassar</c>.</summary>
    public const string TimeZoneId = "Asia/Makassar";

    /// <summary>The configuration key of the operator's folder of <c>holidays-id-YYYY.csv</c> files.</summary>
    public const string HolidaysDirectoryKey = "Calendar:HolidaysDirectory";

    private volatile Snapshot _current;

    public WorkingDayCalendar(IEnumerable<CalendarYear> years)
    {
        _current = Snapshot.Of(years, revision: 0);
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
    }

    /// <summary>The calendar with the holiday data shipped in this assembly.</summary>
    public static WorkingDayCalendar FromEmbeddedData() => new(HolidayData.LoadEmbedded());

    /// <summary>The shipped holiday data, with the years in <c>Calendar:HolidaysDirectory</c> replacing or adding to it.</summary>
    public static WorkingDayCalendar FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new(HolidayData.Load(configuration[HolidaysDirectoryKey]));
    }

    public TimeZoneInfo TimeZone { get; }

    /// <summary>Counts the replacements: a reader that saw revision N knows the years changed when it reads another.</summary>
    public long Revision => _current.Revision;

    /// <summary>The years with data (decree or provisional), in order.</summary>
    public IReadOnlyList<CalendarYear> Years => _current.Years;

    /// <summary>Replaces every year at once.</summary>
    public void Replace(IEnumerable<CalendarYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        _current = Snapshot.Of(years, _current.Revision + 1);
    }

    /// <summary>What the calendar knows of <paramref name="year"/>.</summary>
    public CalendarYearStatus StatusOf(int year) =>
        _current.ByYear.TryGetValue(year, out var known) ? known.Status : CalendarYearStatus.Missing;

    /// <summary>The city's calendar date at <paramref name="instant"/>.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    /// <summary>Midnight at the start of <paramref name="date"/> in the city, as an instant: where a WITA day begins in a UTC column.</summary>
    public DateTimeOffset StartOfDay(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The holiday or collective-leave day on <paramref name="date"/>, if any, as far as the calendar knows.</summary>
    public Holiday? HolidayOn(DateOnly date) => _current.HolidayOn(date);

    /// <summary>True for a weekday that is neither a national holiday nor a collective-leave day, as far as the calendar knows.</summary>
    public bool IsWorkingDay(DateOnly date) => Snapshot.IsWorkingDay(_current, date);

    /// <summary>
    /// The date <paramref name="days"/> working days after <paramref name="start"/>; <paramref name="start"/> itself
    /// does not count, so a complaint filed on Friday with one working day is due on Monday. Zero days: the start.
    /// Provisional when a day counted lies in a year without its decree.
    /// </summary>
    public DueDate AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var snapshot = _current;
        var date = start;
        var remaining = days;
        var provisional = false;
        while (remaining > 0)
        {
            date = date.AddDays(1);
            provisional |= snapshot.StatusOf(date.Year) != CalendarYearStatus.Decree;
            if (Snapshot.IsWorkingDay(snapshot, date))
                remaining--;
        }

        return new DueDate(date, provisional);
    }

    /// <summary>True when <paramref name="date"/>, a due date already stored, lies in a year without its decree.</summary>
    public bool IsProvisional(DateOnly date) => StatusOf(date.Year) != CalendarYearStatus.Decree;

    private sealed record Snapshot(
        long Revision,
        IReadOnlyList<CalendarYear> Years,
        FrozenDictionary<int, CalendarYear> ByYear,
        FrozenDictionary<DateOnly, Holiday> Holidays)
    {
        public static Snapshot Of(IEnumerable<CalendarYear> years, long revision)
        {
            var byYear = years.GroupBy(year => year.Year).ToDictionary(group => group.Key, group => group.Last());
            return new Snapshot(
                revision,
                [.. byYear.Values.OrderBy(year => year.Year)],
                byYear.ToFrozenDictionary(),
                byYear.Values.SelectMany(year => year.Holidays).ToFrozenDictionary(holiday => holiday.Date));
        }

        public CalendarYearStatus StatusOf(int year) =>
            ByYear.TryGetValue(year, out var known) ? known.Status : CalendarYearStatus.Missing;

        public Holiday? HolidayOn(DateOnly date) =>
            ByYear.ContainsKey(date.Year)
                ? Holidays.GetValueOrDefault(date)
                : FixedHolidays.Of(date.Year).FirstOrDefault(holiday => holiday.Date == date);

        public static bool IsWorkingDay(Snapshot snapshot, DateOnly date) =>
            date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && snapshot.HolidayOn(date) is null;
    }
}
