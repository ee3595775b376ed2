using GovServices.BuildingBlocks.Calendar;

namespace GovServices.Calendar.Years;

/// <summary>A stored year with its days.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Status"><c>decree</c> or <c>provisional</c>.</param>
/// <param name="Source"><c>release</c>, <c>operator_folder</c> or <c>api</c>.</param>
/// <param name="LoadedAt">When it was loaded.</param>
/// <param name="Version">Counts the loads of the year.</param>
/// <param name="Holidays">The national holidays and collective-leave days, in date order.</param>
internal sealed record CalendarYearDetails(int Year, string Status, string Source, DateTimeOffset LoadedAt, int Version, IReadOnlyList<CalendarDay> Holidays)
{
    public static CalendarYearDetails From(CalendarYearRow row) =>
        new(row.Year, row.Status, row.Source, row.LoadedAt, row.Version, [.. row.ToCalendarYear().Holidays.Select(CalendarDay.From)]);
}

/// <summary>A day government offices are closed.</summary>
/// <param name="Date">The date.</param>
/// <param name="Kind"><c>national</c> (a national holiday) or <c>collective_leave</c> (cuti bersama).</param>
/// <param name="Name">Its name, in Bahasa Indonesia as the decree gives it.</param>
internal sealed record CalendarDay(DateOnly Date, string Kind, string Name)
{
    public static CalendarDay From(Holiday holiday) =>
        new(holiday.Date, holiday.Kind == HolidayKind.National ? "national" : "collective_leave", holiday.Name);
}
