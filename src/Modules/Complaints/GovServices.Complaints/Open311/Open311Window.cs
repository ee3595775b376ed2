using System.Globalization;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Complaints.Open311;

/// <summary>
/// The span of time a GeoReport v2 read covers, from <c>start_date</c> and <c>end_date</c> (W3C date-times, inclusive):
/// at most 90 days; one alone spans 90 days from or to it; neither is the last 90 days. The spec's default for
/// <c>GET requests</c>, kept for request updates too.
/// </summary>
internal sealed record Open311Window(DateTimeOffset From, DateTimeOffset To)
{
    public static readonly TimeSpan MaxSpan = TimeSpan.FromDays(90);

    /// <summary>The end as the SQL's exclusive bound: one tick past the inclusive end.</summary>
    public DateTimeOffset ToExclusive => To.AddTicks(1);

    public static Result<Open311Window> Parse(string? startDate, string? endDate, DateTimeOffset now)
    {
        if (ParseTime(startDate, "start_date", out var start) is { } startError)
            return startError;
        if (ParseTime(endDate, "end_date", out var end) is { } endError)
            return endError;

        var (from, to) = (start, end) switch
        {
            ({ } s, { } e) => (s, e),
            ({ } s, null) => (s, s + MaxSpan),
            (null, { } e) => (e - MaxSpan, e),
            _ => (now - MaxSpan, now),
        };
        if (to < from)
            return Invalid(Bilingual.Pick("end_date must not be before start_date.", "end_date tidak boleh sebelum start_date."));
        if (to - from > MaxSpan)
            return Invalid(Bilingual.Pick("start_date and end_date may be at most 90 days apart.", "Rentang start_date dan end_date paling lama 90 hari."));
        return new Open311Window(from, to);
    }

    public static Error Invalid(string message) => new("open311_invalid_argument", message, ErrorKind.Validation);

    private static Error? ParseTime(string? text, string argument, out DateTimeOffset? time)
    {
        time = null;
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            time = parsed.ToUniversalTime();
            return null;
        }

        return Invalid(Bilingual.Pick(
            $"{argument} must be a W3C date-time such as 2026-11-01T00:00:00Z.",
            $"{argument} harus berupa tanggal-waktu W3C seperti 2026-11-01T00:00:00Z."));
    }
}
