using System.Globalization;
using System.Text;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Complaints.PublicStats;

internal static class GetPublicComplaintStatsEndpoint
{
    private const string Description = "No token needed: open data. For the week (Monday to Sunday), month, quarter or year that contains `date` (WITA; by default today; `period` by default month): complaints filed, answered, the median days to the answer, the share answered by the resolution due date, and counts by category, OPD, kecamatan and kelurahan (from the kelurahan the filing named). Never a confidential complaint; every count from 1 to 4 is withheld (null), and so is one more cell of a breakdown where the total would otherwise give a withheld one away. Kept for a minute. The same figures as CSV at `/api/v1/complaints/public-stats.csv`.";

    public static IEndpointRouteBuilder MapGetPublicComplaintStats(this IEndpointRouteBuilder group)
    {
        group.MapGet(ComplaintsApiPaths.PublicStats, async (string? period, DateOnly? date, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetPublicComplaintStatsQuery(period, date), cancellationToken)).Match(stats =>
                {
                    CacheForAMinute(context);
                    return TypedResults.Ok(stats);
                }))
            .AllowPublicAccess("Open data: aggregate counts of non-confidential complaints, small counts withheld, no text and no person. Rate-limited.")
            .RequireRateLimiting(RateLimitPolicies.Public)
            .Describe("GetPublicComplaintStats", "Public figures of complaints per period (open data)", Description)
            .Produces<PublicComplaintStats>()
            .ProducesValidationProblem();

        group.MapGet(ComplaintsApiPaths.PublicStatsCsv, async (string? period, DateOnly? date, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetPublicComplaintStatsQuery(period, date), cancellationToken)).Match(stats =>
                {
                    CacheForAMinute(context);
                    return Results.Text(Csv(stats), "text/csv; charset=utf-8", Encoding.UTF8);
                }))
            .AllowPublicAccess("Open data, as CSV for open-data portals: the same aggregates as public-stats. Rate-limited.")
            .RequireRateLimiting(RateLimitPolicies.Public)
            .Describe("GetPublicComplaintStatsCsv", "Public figures of complaints per period, as CSV", "The figures of `GET /api/v1/complaints/public-stats`, one row per figure: `period,from,to,dimension,code,name,count`; a withheld count is empty.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesValidationProblem();
        return group;
    }

    // Aggregates only, the same for everyone: caches and proxies may keep them as long as the service does.
    private static void CacheForAMinute(HttpContext context) =>
        context.Response.Headers.CacheControl = $"public, max-age={(int)PublicStatsCache.Lifetime.TotalSeconds}";

    /// <summary>One row per figure; RFC 4180 quoting; a withheld count is an empty field.</summary>
    private static string Csv(PublicComplaintStats stats)
    {
        var csv = new StringBuilder("period,from,to,dimension,code,name,count\r\n");
        void Row(string dimension, string code, string name, object? value) =>
            csv.Append(string.Join(',', stats.Period, Day(stats.From), Day(stats.To), dimension, Quote(code), Quote(name), Figure(value))).Append("\r\n");

        Row("total", "", "", stats.Total);
        Row("resolved", "", "", stats.Resolved);
        Row("median_days_to_resolve", "", "", stats.MedianDaysToResolve);
        Row("resolved_within_sla", "", "", stats.ResolvedWithinSla);
        foreach (var (dimension, cells) in new[] { ("category", stats.ByCategory), ("opd", stats.ByOpd), ("kecamatan", stats.ByKecamatan), ("kelurahan", stats.ByKelurahan) })
        {
            foreach (var cell in cells)
                Row(dimension, cell.Code, cell.Name, cell.Count);
        }

        Row("without_kelurahan", "", "", stats.WithoutKelurahan);
        return csv.ToString();
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Figure(object? value) => value switch
    {
        null => "",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\r', '\n']) < 0 ? text : $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
