namespace GovServices.Payments.Domain;

/// <summary>Bontang's local time, WITA (UTC+8, no daylight saving): receipt numbers and the Command Centre's days.</summary>
internal static class Wita
{
    public const string TimeZoneId = "Asia/Makassar";

    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The first instant of <paramref name="day"/> in WITA, as UTC.</summary>
    public static DateTimeOffset StartOf(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();
}
