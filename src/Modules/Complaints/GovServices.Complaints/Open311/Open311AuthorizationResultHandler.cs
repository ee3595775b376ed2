using GovServices.BuildingBlocks.Localisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace GovServices.Complaints.Open311;

/// <summary>
/// A refused Open311 caller gets the spec's answer: 403 with <c>errors/error</c>, whether the key was missing,
/// unknown, disabled or not allowed to file (GeoReport v2 has no 401). Every other endpoint keeps the default.
/// </summary>
internal sealed class Open311AuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Succeeded || context.GetEndpoint()?.Metadata.GetMetadata<Open311EndpointMetadata>() is null)
            return _default.HandleAsync(next, context, policy, authorizeResult);

        Open311Formats.TryParse(context.Request.RouteValues["format"] as string, out var format);
        var refusal = Open311Result.Errors(format, StatusCodes.Status403Forbidden, Bilingual.Pick(
            "A valid api_key of a registered partner allowed to file complaints is required.",
            "Diperlukan api_key yang sah milik mitra terdaftar yang berhak mengajukan pengaduan."));
        return refusal.ExecuteAsync(context);
    }
}
