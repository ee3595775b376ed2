namespace GovServices.Calendar.Years;

/// <summary>Where a stored year came from.</summary>
internal static class CalendarYearSources
{
    /// <summary>Shipped in this release (<c>BuildingBlocks/Calendar/Holidays</c>).</summary>
    public const string Release = "release";

    /// <summary>A file in the operator's <c>Calendar:HolidaysDirectory</c>, read at start-up.</summary>
    public const string OperatorFolder = "operator_folder";

    /// <summary>Loaded by an administrator through <c>PUT /api/v1/calendar/years/{year}</c>.</summary>
    public const string Api = "api";
}
