namespace GovServices.BuildingBlocks.Calendar;

/// <summary>One line of a holiday file that breaks a rule, said in English and in Bahasa Indonesia.</summary>
public sealed record HolidayDataError(int Line, string English, string Indonesian);
