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
/// last 90 days), of the given service codes and statuses (<c>open</c>, <c>closed</c>; comma-separated), newest
/// first, page <paramref name="Page"/> (from 1) of <paramref name="PageSize"/> requests (at most, and by default, 1,000:
/// the paging extension most implementers support). <paramref name="Bbox"/>, or <paramref name="Latitude"/>,
/// <paramref name="Longitude"/> and <paramref name="Radius"/> (metres), keep those inside an area (<see cref="Open311Area"/>).
/// </summary>
internal sealed record FindServiceRequestsQuery(
    string? ServiceRequestIds = null,
    string? ServiceCodes = null,
    string? StartDate = null,
    string? EndDate = null,
    string? Status = null,
    string? Page = null,
    string? PageSize = null,
    string? Bbox = null,
    string? Latitude = null,
    string? Longitude = null,
    string? Radius = null) : IQuery<Result<IReadOnlyList<PublicComplaintRow>>>
{
    public const int MaxRequests = 1000;
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

        if (Open311Paging.Parse(query.Page, query.PageSize, FindServiceRequestsQuery.MaxRequests) is not { } paging)
            return Invalid(Open311Paging.Message(FindServiceRequestsQuery.MaxRequests));
        var window = Open311Window.Parse(query.StartDate, query.EndDate, clock.GetUtcNow());
        if (!window.IsSuccess)
            return window.Error;
        var area = Open311Area.Parse(query.Bbox, query.Latitude, query.Longitude, query.Radius);
        if (!area.IsSuccess)
            return area.Error;

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
        var filter = new PublicComplaintFilter(window.Value.From, window.Value.ToExclusive, paging.Size, CategoryCodes: serviceCodes, Statuses: statuses, Offset: paging.Offset, Box: area.Value?.Box);
        return area.Value is { Latitude: { } latitude, Longitude: { } longitude, RadiusMetres: { } radius }
            ? Found(await PublicComplaints.ListWithinAsync(connections, filter, latitude, longitude, radius, cancellationToken))
            : Found(await PublicComplaints.ListAsync(connections, filter, cancellationToken));
    }

    private static Result<IReadOnlyList<PublicComplaintRow>> Found(IReadOnlyList<PublicComplaintRow> rows) =>
        Result<IReadOnlyList<PublicComplaintRow>>.Success(rows);

    private static IEnumerable<string> Split(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static Error Invalid(string message) => Open311Window.Invalid(message);
}
