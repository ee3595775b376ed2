using GovServices.BuildingBlocks.Calendar;

namespace GovServices.Calendar.Years;

/// <summary>The stored and public names of <see cref="CalendarYearStatus"/>.</summary>
internal static class CalendarYearStatuses
{
    public const string Decree = "decree";
    public const string Provisional = "provisional";
    public const string Missing = "missing";

    public static string Name(CalendarYearStatus status) => status switch
    {
        CalendarYearStatus.Decree => Decree,
        CalendarYearStatus.Provisional => Provisional,
        _ => Missing,
    };

    public static CalendarYearStatus Parse(string name) => name switch
    {
        Decree => CalendarYearStatus.Decree,
        Provisional => CalendarYearStatus.Provisional,
        _ => throw new InvalidOperationException($"Unknown calendar year status '{name}'."),
    };

    public static CalendarYear ToCalendarYear(this CalendarYearRow row)
    {
        using var reader = new StringReader(row.Holidays);
        return new CalendarYear(row.Year, Parse(row.Status), HolidayData.Parse(row.Year, reader));
    }
}
