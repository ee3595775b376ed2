using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.CivilRegistry.Contracts;
using GovServices.Complaints.Domain;
using GovServices.Complaints.Stats;
using Mediator;

namespace GovServices.Complaints.PublicStats;

/// <summary>
/// Public figures of the complaints filed in the <paramref name="Period"/> (week, month, quarter, year; by default
/// the month) that contains <paramref name="Date"/> (a WITA date; by default today).
/// </summary>
/// <param name="Period">week, month, quarter or year.</param>
/// <param name="Date">A day of the period, for example <c>2026-11-15</c>.</param>
internal sealed record GetPublicComplaintStatsQuery(string? Period = null, DateOnly? Date = null) : IQuery<Result<PublicComplaintStats>>
{
    /// <summary>Counts below this are withheld: a small count in a small area can point at a person.</summary>
    public const int MinimumCount = 5;
}

internal sealed class GetPublicComplaintStatsHandler(IDbConnectionFactory connections, WorkingDayCalendar calendar, PublicStatsCache cache, TimeProvider clock)
    : IQueryHandler<GetPublicComplaintStatsQuery, Result<PublicComplaintStats>>
{
    public async ValueTask<Result<PublicComplaintStats>> Handle(GetPublicComplaintStatsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var period = query.Period ?? PublicStatsPeriod.Month;
        var (from, to) = PublicStatsPeriod.Containing(period, query.Date ?? calendar.LocalDate(now));
        var figures = await cache.GetOrComputeAsync(period, from, now, () => ComputeAsync(period, from, to, now, cancellationToken));
        return Shape(figures);
    }

    /// <summary>The period's figures, unsuppressed and in no language yet: what the cache keeps.</summary>
    private async Task<PublicStatsFigures> ComputeAsync(string period, DateOnly from, DateOnly to, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<PublicStatsRow>(new CommandDefinition(
            PublicStatsSql.SelectFiledBetween,
            new { confidential = false, from = calendar.StartOfDay(from), to = calendar.StartOfDay(to.AddDays(1)) },
            cancellationToken: cancellationToken))).ToList();
        var categories = (await connection.QueryAsync<(string Code, string NameId, string NameEn)>(new CommandDefinition(
            PublicStatsSql.SelectCategoryNames, cancellationToken: cancellationToken))).ToDictionary(category => category.Code, StringComparer.Ordinal);

        var today = calendar.LocalDate(now);
        var answered = rows.Where(row => row.ResolvedAt is not null).ToList();
        var days = answered.Select(row => (row.ResolvedAt!.Value - row.FiledAt).TotalDays).Order().ToList();
        // The resolution stage, counted as the Command Centre's statistics count it.
        var resolution = StageCompliance.Of(rows, calendar, today, row => row.ResolutionDueOn, row => row.ResolvedAt, row => row.Status);

        return new PublicStatsFigures(
            period,
            from,
            to,
            now,
            rows.Count,
            answered.Count,
            days.Count == 0 ? null : Math.Round(Median(days), 1),
            resolution.Met + resolution.Missed,
            resolution.Compliance,
            Count(rows, row => row.CategoryCode),
            categories.ToDictionary(category => category.Key, category => (category.Value.NameId, category.Value.NameEn), StringComparer.Ordinal),
            Count(rows, row => row.OpdCode),
            Count(rows.Where(row => row.KelurahanCode is not null), row => Parent(row.KelurahanCode!)),
            Count(rows.Where(row => row.KelurahanCode is not null), row => row.KelurahanCode!),
            rows.Count(row => row.KelurahanCode is null));
    }

    private static PublicComplaintStats Shape(PublicStatsFigures figures)
    {
        const int minimum = GetPublicComplaintStatsQuery.MinimumCount;
        var total = Withheld(figures.Total);
        return new PublicComplaintStats(
            figures.Period,
            figures.From,
            figures.To,
            figures.ComputedAt,
            minimum,
            total,
            Withheld(figures.Resolved),
            figures.Resolved >= minimum ? figures.MedianDaysToResolve : null,
            figures.SlaDecided >= minimum ? figures.ResolvedWithinSla : null,
            Breakdown(figures.ByCategory, code => figures.CategoryNames.TryGetValue(code, out var name) ? Bilingual.Pick(name.En, name.Id) : code, total),
            Breakdown(figures.ByOpd, code => code, total),
            Breakdown(figures.ByKecamatan, RegionName, total),
            Breakdown(figures.ByKelurahan, RegionName, total),
            Withheld(figures.WithoutKelurahan));
    }

    /// <summary>
    /// The cells of one breakdown, largest first. A count below the minimum is withheld; where exactly one is, the
    /// next smallest is withheld too, or the total minus the others would give it away.
    /// </summary>
    private static IReadOnlyList<PublicCount> Breakdown(IReadOnlyDictionary<string, int> counts, Func<string, string> name, int? total)
    {
        var cells = counts.OrderByDescending(cell => cell.Value).ThenBy(cell => cell.Key, StringComparer.Ordinal).ToList();
        var withheld = cells.Where(cell => cell.Value < GetPublicComplaintStatsQuery.MinimumCount).Select(cell => cell.Key).ToHashSet(StringComparer.Ordinal);
        if (withheld.Count == 1 && total is not null && cells.Count > 1)
            withheld.Add(cells.Where(cell => !withheld.Contains(cell.Key)).MinBy(cell => cell.Value).Key);
        return [.. cells.Select(cell => new PublicCount(cell.Key, name(cell.Key), withheld.Contains(cell.Key) ? null : cell.Value))];
    }

    private static int? Withheld(int count) => count < GetPublicComplaintStatsQuery.MinimumCount && count > 0 ? null : count;

    private static string RegionName(string code) => Regions.TryFind(code, out var region) ? region.Name : code;

    // 64.74.01.1001 → 64.74.01: a kelurahan's kecamatan is its code's parent.
    private static string Parent(string kelurahanCode) => Regions.TryFind(kelurahanCode, out var region) && region.ParentCode is { } parent ? parent : kelurahanCode;

    private static Dictionary<string, int> Count(IEnumerable<PublicStatsRow> rows, Func<PublicStatsRow, string> key) =>
        rows.GroupBy(key).ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);

    private static double Median(IReadOnlyList<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

/// <summary>What the public figures read of one complaint: no text, no reporter, no place finer than the kelurahan.</summary>
internal sealed class PublicStatsRow
{
    public string CategoryCode { get; init; } = "";

    public string OpdCode { get; init; } = "";

    public string? KelurahanCode { get; init; }

    public string Status { get; init; } = "";

    public DateTimeOffset FiledAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }

    public DateOnly? ResolutionDueOn { get; init; }
}

internal static class PublicStatsSql
{
    public const string SelectFiledBetween = """
        SELECT category_code AS CategoryCode, opd_code AS OpdCode, kelurahan_code AS KelurahanCode, status AS Status,
               filed_at AS FiledAt, resolved_at AS ResolvedAt, resolution_due_on AS ResolutionDueOn
        FROM complaints.complaint
        WHERE confidential = @confidential
          AND filed_at >= @from
          AND filed_at < @to
        """;

    public const string SelectCategoryNames = """
        SELECT code AS Code, name_id AS NameId, name_en AS NameEn
        FROM complaints.category
        """;
}
