namespace GovServices.Complaints.PublicStats;

/// <summary>The periods public figures are given for; each is the calendar span (WITA dates) that contains a date.</summary>
internal static class PublicStatsPeriod
{
    public const string Week = "week";
    public const string Month = "month";
    public const string Quarter = "quarter";
    public const string Year = "year";

    public static readonly IReadOnlyList<string> All = [Week, Month, Quarter, Year];

    /// <summary>The first and last day of the <paramref name="period"/> that contains <paramref name="date"/>; an ISO week runs Monday to Sunday.</summary>
    public static (DateOnly From, DateOnly To) Containing(string period, DateOnly date) => period switch
    {
        Week => WeekOf(date),
        Month => (new DateOnly(date.Year, date.Month, 1), new DateOnly(date.Year, date.Month, 1).AddMonths(1).AddDays(-1)),
        Quarter => QuarterOf(date),
        Year => (new DateOnly(date.Year, 1, 1), new DateOnly(date.Year, 12, 31)),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Not a period of the public figures."),
    };

    private static (DateOnly, DateOnly) WeekOf(DateOnly date)
    {
        var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
        return (monday, monday.AddDays(6));
    }

    private static (DateOnly, DateOnly) QuarterOf(DateOnly date)
    {
        var first = new DateOnly(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1);
        return (first, first.AddMonths(3).AddDays(-1));
    }
}
