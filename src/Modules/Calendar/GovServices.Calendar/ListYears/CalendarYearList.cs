namespace GovServices.Calendar.ListYears;

/// <summary>The stored years, with this year and next shown as <c>missing</c> when nothing is loaded for them.</summary>
internal sealed record CalendarYearList(IReadOnlyList<CalendarYearSummary> Items);
