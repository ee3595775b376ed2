using Microsoft.Extensions.Configuration;

namespace GovServices.BuildingBlocks.Calendar;

/// <summary>
/// Working days of the city's government offices: Monday to Friday, except national holidays and collective-leave
/// days. Holidays come from data per year; a year without data is reported (<see cref="MissingYears"/>) and any
/// calculation that reaches it throws <see cref="HolidayDataMissingException"/>, never assuming it has no holidays.
/// </summary>
public sealed class WorkingDayCalendar
{
    /// <summary>The city's time zone: Bontang keeps WITA (UTC+8), IANA <c>Asia/Makassar</c>.</summary>
    public const string TimeZoneId = "Asia/Makassar";

    /// <summary>The configuration key of the operator's folder of <c>holidays-id-YYYY.csv</c> files.</summary>
    public const string HolidaysDirectoryKey = "Calendar:HolidaysDirectory";

    private readonly Dictionary<DateOnly, Holiday> _holidays;
    private readonly HashSet<int> _years;

    public WorkingDayCalendar(IReadOnlyDictionary<int, IReadOnlyList<Holiday>> holidaysByYear)
    {
        ArgumentNullException.ThrowIfNull(holidaysByYear);
        _years = [.. holidaysByYear.Keys];
        _holidays = holidaysByYear.Values.SelectMany(holidays => holidays).ToDictionary(holiday => holiday.Date);
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

    /// <summary>The years whose holidays are known, in order.</summary>
    public IReadOnlyList<int> YearsWithData => [.. _years.Order()];

    public bool HasDataFor(int year) => _years.Contains(year);

    /// <summary>The years between <paramref name="from"/> and <paramref name="to"/> (inclusive) without holiday data.</summary>
    public IReadOnlyList<int> MissingYears(int from, int to) =>
        [.. Enumerable.Range(from, Math.Max(0, to - from + 1)).Where(year => !_years.Contains(year))];

    /// <summary>The city's calendar date at <paramref name="instant"/>.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    /// <summary>The holiday or collective-leave day on <paramref name="date"/>, if any.</summary>
    public Holiday? HolidayOn(DateOnly date)
    {
        EnsureDataFor(date.Year);
        return _holidays.GetValueOrDefault(date);
    }

    /// <summary>True for a weekday that is neither a national holiday nor a collective-leave day.</summary>
    /// <exception cref="HolidayDataMissingException">The year of <paramref name="date"/> has no holiday data.</exception>
    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && HolidayOn(date) is null;

    /// <summary>
    /// The date <paramref name="days"/> working days after <paramref name="start"/>; <paramref name="start"/> itself
    /// does not count, so a complaint filed on Friday with one working day is due on Monday. Zero days: the start.
    /// </summary>
    /// <exception cref="HolidayDataMissingException">The count reaches a year without holiday data.</exception>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = start;
        var remaining = days;
        while (remaining > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
                remaining--;
        }

        return date;
    }

    private void EnsureDataFor(int year)
    {
        if (!_years.Contains(year))
            throw new HolidayDataMissingException(year);
    }
}
