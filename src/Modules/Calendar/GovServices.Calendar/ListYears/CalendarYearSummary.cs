using GovServices.Calendar.Years;

namespace GovServices.Calendar.ListYears;

/// <summary>One year of the city's working-day calendar.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Status">
/// <c>decree</c> (the joint decree is loaded), <c>provisional</c> (a provisional calendar: due dates in that year are
/// marked provisional and computed again when the decree is loaded) or <c>missing</c> (nothing loaded: due dates are
/// counted on weekends and the fixed-date and Easter-based holidays, and marked provisional).
/// </param>
/// <param name="HolidayCount">National holidays and collective-leave days loaded; null when missing.</param>
/// <param name="Source"><c>release</c>, <c>operator_folder</c> or <c>api</c>; null when missing.</param>
/// <param name="LoadedAt">When the stored data was loaded; null when missing.</param>
/// <param name="Version">Counts the loads of the year; null when missing.</param>
internal sealed record CalendarYearSummary(int Year, string Status, int? HolidayCount, string? Source, DateTimeOffset? LoadedAt, int? Version)
{
    public static CalendarYearSummary From(CalendarYearRow row) =>
        new(row.Year, row.Status, row.HolidayCount, row.Source, row.LoadedAt, row.Version);

    public static CalendarYearSummary Missing(int year) =>
        new(year, CalendarYearStatuses.Missing, null, null, null, null);
}
