namespace GovServices.Calendar.Years;

/// <summary>A stored year of the calendar.</summary>
internal sealed class CalendarYearRow
{
    public int Year { get; init; }

    public string Status { get; init; } = "";

    /// <summary>The year's file, <c>date,kind,name</c>, in date order.</summary>
    public string Holidays { get; init; } = "";

    public int HolidayCount { get; init; }

    /// <summary>Where it came from: <c>release</c>, <c>operator_folder</c> or <c>api</c>.</summary>
    public string Source { get; init; } = "";

    public DateTimeOffset LoadedAt { get; init; }

    public string? LoadedBy { get; init; }

    public int Version { get; init; }
}
