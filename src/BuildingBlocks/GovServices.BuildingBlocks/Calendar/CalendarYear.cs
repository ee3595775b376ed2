namespace GovServices.BuildingBlocks.Calendar;

/// <summary>One year of the city's calendar: its status and the days government offices are closed besides weekends.</summary>
public sealed record CalendarYear(int Year, CalendarYearStatus Status, IReadOnlyList<Holiday> Holidays);
