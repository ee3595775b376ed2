namespace GovServices.BuildingBlocks.Calendar;

/// <summary>A day government offices are closed: a national holiday or a collective-leave day (cuti bersama).</summary>
public sealed record Holiday(DateOnly Date, HolidayKind Kind, string Name);
