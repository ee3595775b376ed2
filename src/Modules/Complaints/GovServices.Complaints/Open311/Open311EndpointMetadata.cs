using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace GovServices.Complaints.Open311;

/// <summary>
/// Marks the GeoReport v2 endpoints, whose refusals must come in the spec's error format: 403 with
/// <c>errors/error</c>, whether the key was missing, unknown, disabled or not allowed to file (GeoReport v2 has no 401).
/// </summary>
internal sealed record Open311EndpointMetadata : IAuthorizationRefusal
{
    public Task WriteAsync(HttpContext context, PolicyAuthorizationResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        Open311Formats.TryParse(context.Request.RouteValues["format"] as string, out var format);
        var refusal = Open311Result.Errors(format, StatusCodes.Status403Forbidden, Bilingual.Pick(
            "A valid api_key of a registered partner allowed to file complaints is required.",
            "Diperlukan api_key yang sah milik mitra terdaftar yang berhak mengajukan pengaduan."));
        return refusal.ExecuteAsync(context);
    }
}
