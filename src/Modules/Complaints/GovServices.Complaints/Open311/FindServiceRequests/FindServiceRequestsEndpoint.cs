using System.Text.Json;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Complaints.Domain;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Complaints.Open311.FindServiceRequests;

/// <summary><c>GET requests</c> and <c>GET requests/{service_request_id}</c>: public complaints as Open311 service requests.</summary>
internal static class FindServiceRequestsEndpoint
{
    private const string PublicReason = "GeoReport v2 lets anyone follow service requests; only public complaints are listed (never a confidential one) and never a reporter. Rate-limited.";

    public static IEndpointRouteBuilder MapOpen311FindServiceRequests(this IEndpointRouteBuilder group)
    {
        group.MapGet(Open311ApiPaths.Requests, async (string format, HttpRequest request, IMediator mediator, WorkingDayCalendar calendar, CancellationToken cancellationToken) =>
            {
                if (!Open311Formats.TryParse(format, out var answerFormat))
                    return (IResult)Open311Formats.Unsupported(format);

                // Arguments are read as text so that a malformed one gets the spec's error, not a binding failure.
                var query = request.Query;
                var found = await mediator.Send(
                    new FindServiceRequestsQuery(
                        query["service_request_id"], query["service_code"], query["start_date"], query["end_date"], query["status"], query["page"], query["page_size"],
                        query["bbox"], query["lat"], query["long"], query["radius"]),
                    cancellationToken);
                return found.IsSuccess
                    ? Open311Result.List(answerFormat, "service_requests", "request", [.. found.Value.Select(row => ServiceRequest(row, calendar, request))])
                    : Open311Errors.From(answerFormat, found.Error);
            })
            .AllowPublicAccess(PublicReason)
            .RequireRateLimiting(RateLimitPolicies.Public)
            .WithName("Open311FindServiceRequests");

        group.MapGet(Open311ApiPaths.Request, async ([FromRoute(Name = "service_request_id")] string serviceRequestId, string format, HttpRequest request, IMediator mediator, WorkingDayCalendar calendar, CancellationToken cancellationToken) =>
            {
                if (!Open311Formats.TryParse(format, out var answerFormat))
                    return (IResult)Open311Formats.Unsupported(format);

                var found = await mediator.Send(new FindServiceRequestsQuery(ServiceRequestIds: serviceRequestId.Replace(",", "", StringComparison.Ordinal)), cancellationToken);
                if (!found.IsSuccess)
                    return Open311Errors.From(answerFormat, found.Error);
                // A confidential complaint answers exactly like one that does not exist.
                if (found.Value.Count == 0)
                {
                    return Open311Result.Errors(answerFormat, StatusCodes.Status404NotFound, Bilingual.Pick(
                        $"There is no public service request '{serviceRequestId}'.", $"Tidak ada permintaan layanan publik '{serviceRequestId}'."));
                }

                return Open311Result.List(answerFormat, "service_requests", "request", [ServiceRequest(found.Value[0], calendar, request)]);
            })
            .AllowPublicAccess(PublicReason)
            .RequireRateLimiting(RateLimitPolicies.Public)
            .WithName("Open311GetServiceRequest");
        return group;
    }

    private static IReadOnlyList<Open311Field> ServiceRequest(PublicComplaintRow row, WorkingDayCalendar calendar, HttpRequest request) =>
    [
        new("service_request_id", row.TrackingCode),
        new("status", Open311Status.Of(row.Status)),
        new("status_notes", row.Answers.FirstOrDefault()?.Body),
        new("service_name", Bilingual.Pick(row.CategoryNameEn, row.CategoryNameId)),
        new("service_code", row.CategoryCode),
        new("description", row.Description),
        new("agency_responsible", row.OpdCode),
        new("service_notice", ProvisionalNotice(row, calendar)),
        new("requested_datetime", row.FiledAt),
        new("updated_datetime", row.UpdatedAt),
        new("expected_datetime", row.ResolutionDueOn is { } dueOn ? EndOfDay(dueOn, calendar) : null),
        new("address", row.Address),
        new("address_id", null),
        new("zipcode", null),
        new("lat", row.Latitude),
        new("long", row.Longitude),
        new("media_url", MediaUrl(row, request)),
    ];

    // Our re-encoded copy of the first public photo, as an absolute URL; else the first https URL the reporter's app
    // gave when filing, which it hosts itself.
    private static string? MediaUrl(PublicComplaintRow row, HttpRequest request) =>
        row.Photos.Count > 0
            ? $"{request.Scheme}://{request.Host}{request.PathBase}{ComplaintsApiPaths.PhotoLocation(row.Photos[0].Id)}"
            : JsonSerializer.Deserialize<string[]>(row.MediaUrls)?.FirstOrDefault();

    // Open311 has no field for a provisional date; service_notice is the spec's place for what to expect of the request.
    private static string? ProvisionalNotice(PublicComplaintRow row, WorkingDayCalendar calendar) =>
        row.ResolutionDueOn is { } dueOn && calendar.IsProvisional(dueOn)
            ? Bilingual.Pick(
                $"The expected date is provisional: the {dueOn.Year} holiday decree is not yet loaded, and the date is computed again when it is.",
                $"Tanggal perkiraan bersifat sementara: SKB hari libur {dueOn.Year} belum dimuat, dan tanggal dihitung ulang setelah dimuat.")
            : null;

    // A due date is a whole working day in the city: the request is expected by the end of it, city time.
    private static DateTimeOffset EndOfDay(DateOnly dueOn, WorkingDayCalendar calendar)
    {
        var local = dueOn.ToDateTime(new TimeOnly(23, 59, 59));
        return new DateTimeOffset(local, calendar.TimeZone.GetUtcOffset(local));
    }
}
