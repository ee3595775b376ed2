using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;

namespace GovServices.Calendar.Years;

internal static class CalendarYearSql
{
    private static readonly string[] ColumnNames = ["year", "status", "holidays", "holiday_count", "source", "loaded_at", "loaded_by", "version"];

    private const string Columns = """
        year AS Year, status AS Status, holidays AS Holidays, holiday_count AS HolidayCount, source AS Source,
               loaded_at AS LoadedAt, loaded_by AS LoadedBy, version AS Version
        """;

    public const string SelectAll = $"""
        SELECT {Columns}
        FROM calendar.calendar_year
        ORDER BY year
        """;

    public const string SelectOne = $"""
        SELECT {Columns}
        FROM calendar.calendar_year
        WHERE year = @year
        """;

    /// <summary>Stores a year not stored yet; no row is written when another instance or request stored it first.</summary>
    public static string InsertIfAbsent(ISqlDialect dialect) => dialect.InsertIfAbsent("calendar.calendar_year", ColumnNames, ["year"]);

    /// <summary>The parameters of <see cref="InsertIfAbsent"/> (at version 1) and of <see cref="Replace"/> (at <paramref name="version"/>).</summary>
    public static object Parameters(CalendarYear year, string source, string? loadedBy, DateTimeOffset loadedAt, int version) => new
    {
        year = year.Year,
        status = CalendarYearStatuses.Name(year.Status),
        holidays = HolidayData.Format(year.Holidays),
        holiday_count = year.Holidays.Count,
        source,
        loaded_at = loadedAt,
        loaded_by = loadedBy,
        version,
    };

    /// <summary>Replaces a year only at the version it was read at, so two loads of one year cannot both win.</summary>
    public const string Replace = """
        UPDATE calendar.calendar_year
        SET status = @status,
            holidays = @holidays,
            holiday_count = @holiday_count,
            source = @source,
            loaded_at = @loaded_at,
            loaded_by = @loaded_by,
            version = version + 1
        WHERE year = @year
          AND version = @version
        """;
}
