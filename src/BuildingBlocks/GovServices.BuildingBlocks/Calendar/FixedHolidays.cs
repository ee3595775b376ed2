namespace GovServices.BuildingBlocks.Calendar;

/// <summary>
/// The national holidays whose dates follow from the year alone: the fixed-date ones (1 January, 1 May, 1 June,
/// 17 August, 25 December) and the Easter-based ones (Good Friday, Easter Sunday, Ascension Day). A year with no
/// calendar loaded is counted on these and the weekends: a closer guess than weekends alone, and never a reason to
/// refuse a citizen.
/// </summary>
public static class FixedHolidays
{
    /// <summary>The fixed-date and Easter-based holidays of <paramref name="year"/>, in date order.</summary>
    public static IReadOnlyList<Holiday> Of(int year)
    {
        var easter = EasterSunday(year);
        return
        [
            new(new DateOnly(year, 1, 1), HolidayKind.National, $"Tahun Baru {year} Masehi"),
            new(easter.AddDays(-2), HolidayKind.National, "Wafat Yesus Kristus"),
            new(easter, HolidayKind.National, "Kebangkitan Yesus Kristus (Paskah)"),
            new(new DateOnly(year, 5, 1), HolidayKind.National, "Hari Buruh Internasional"),
            new(easter.AddDays(39), HolidayKind.National, "Kenaikan Yesus Kristus"),
            new(new DateOnly(year, 6, 1), HolidayKind.National, "Hari Lahir Pancasila"),
            new(new DateOnly(year, 8, 17), HolidayKind.National, "Proklamasi Kemerdekaan RI"),
            new(new DateOnly(year, 12, 25), HolidayKind.National, "Kelahiran Yesus Kristus"),
        ];
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus, as in Meeus).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
