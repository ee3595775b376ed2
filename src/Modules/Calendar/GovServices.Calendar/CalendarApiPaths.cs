namespace GovServices.Calendar;

/// <summary>The calendar's routes, relative to <see cref="Group"/>.</summary>
internal static class CalendarApiPaths
{
    public const string Group = "/api/v1/calendar";
    public const string Years = "/years";
    public const string Year = "/years/{year:int}";
}
