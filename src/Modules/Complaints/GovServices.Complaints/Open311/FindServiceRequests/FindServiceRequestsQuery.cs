using System.Globalization;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Complaints.Domain;
using Mediator;

namespace GovServices.Complaints.Open311.FindServiceRequests;

/// <summary>
/// GeoReport v2 <c>GET requests</c>, with its arguments as sent. Given <paramref name="ServiceRequestIds"/> (tracking
/// codes, comma-separated), the other arguments are ignored, as the spec says. Otherwise the requests filed between
/// <paramref name="StartDate"/> and <paramref name="EndDate"/> (W3C date-times, at most 90 days apart; by default the
/// last 90 days), of the given service codes and statuses (<c>open</c>, <c>closed</c>; comma-separated).
/// </summary>
internal sealed record FindServiceRequestsQuery(
    string? ServiceRequestIds = null,
    string? ServiceCodes = null,
    string? StartDate = null,
    string? EndDate = null,
    string? Status = null) : IQuery<Result<IReadOnlyList<PublicComplaintRow>>>
{
    public const int MaxRequests = 1000;
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(90);
}

internal sealed class FindServiceRequestsHandler(IDbConnectionFactory connections, TimeProvider clock)
    : IQueryHandler<FindServiceRequestsQuery, Result<IReadOnlyList<PublicComplaintRow>>>
{
    // Far more than there are categories; it bounds the statement's parameters.
    private const int MaxServiceCodes = 100;

    public async ValueTask<Result<IReadOnlyList<PublicComplaintRow>>> Handle(FindServiceRequestsQuery query, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(query.ServiceRequestIds))
        {
            // A code that fails its check character cannot exist: it is dropped before any database work.
            var codes = Split(query.ServiceRequestIds)
                .Select(text => Domain.TrackingCode.TryParse(text, out var code) ? code : null)
                .OfType<string>()
                .Distinct()
                .Take(FindServiceRequestsQuery.MaxRequests)
                .ToList();
            return codes.Count == 0
                ? Found([])
                : Found(await PublicComplaints.ListAsync(connections, new PublicComplaintFilter(null, null, FindServiceRequestsQuery.MaxRequests, TrackingCodes: codes), cancellationToken));
        }

        if (ParseTime(query.StartDate, "start_date", out var start) is { } startError)
            return startError;
        if (ParseTime(query.EndDate, "end_date", out var end) is { } endError)
            return endError;

        var window = FindServiceRequestsQuery.MaxWindow;
        var now = clock.GetUtcNow();
        var (from, to) = (start, end) switch
        {
            ({ } s, { } e) => (s, e),
            ({ } s, null) => (s, s + window),
            (null, { } e) => (e - window, e),
            _ => (now - window, now),
        };
        if (to < from)
            return Invalid(Bilingual.Pick("end_date must not be before start_date.", "end_date tidak boleh sebelum start_date."));
        if (to - from > window)
            return Invalid(Bilingual.Pick("start_date and end_date may be at most 90 days apart.", "Rentang start_date dan end_date paling lama 90 hari."));

        List<string>? statuses = null;
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            statuses = [];
            foreach (var status in Split(query.Status))
            {
                if (status == Open311Status.Open)
                    statuses.AddRange(Open311Status.OpenStatuses);
                else if (status == Open311Status.Closed)
                    statuses.AddRange(Open311Status.ClosedStatuses);
                else
                    return Invalid(Bilingual.Pick($"status '{status}' is unknown: use open or closed.", $"status '{status}' tidak dikenal: gunakan open atau closed."));
            }
        }

        var serviceCodes = string.IsNullOrWhiteSpace(query.ServiceCodes) ? null : Split(query.ServiceCodes).Distinct().Take(MaxServiceCodes).ToList();
        // The end is inclusive in the spec's wording; one tick past it keeps the SQL's half-open range.
        var filter = new PublicComplaintFilter(from, to.AddTicks(1), FindServiceRequestsQuery.MaxRequests, CategoryCodes: serviceCodes, Statuses: statuses);
        return Found(await PublicComplaints.ListAsync(connections, filter, cancellationToken));
    }

    private static Result<IReadOnlyList<PublicComplaintRow>> Found(IReadOnlyList<PublicComplaintRow> rows) =>
        Result<IReadOnlyList<PublicComplaintRow>>.Success(rows);

    private static IEnumerable<string> Split(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

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

    private static Error Invalid(string message) => new("open311_invalid_argument", message, ErrorKind.Validation);
}
