using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Complaints.Open311.Discovery;

/// <summary>
/// <c>GET discovery</c>: Open311's service discovery document, which tells a client where this GeoReport v2 endpoint
/// is, in which formats, whom to ask for a key, and when it last changed.
/// </summary>
internal static class DiscoveryEndpoint
{
    /// <summary>When this GeoReport v2 surface last changed (attributes, area filters, limits); moved on with each change to it.</summary>
    public static readonly DateTimeOffset Changeset = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    public const string Specification = "http://wiki.open311.org/GeoReport_v2";

    public static IEndpointRouteBuilder MapOpen311Discovery(this IEndpointRouteBuilder group)
    {
        group.MapGet(Open311ApiPaths.Discovery, (string format, HttpRequest request, ComplaintsOptions options) =>
            {
                if (!Open311Formats.TryParse(format, out var answerFormat))
                    return (IResult)Open311Formats.Unsupported(format);

                // The address the client used (the proxy's, with forwarded headers from known proxies), not the instance's.
                var url = $"{request.Scheme}://{request.Host}{request.PathBase}{Open311ApiPaths.Group}";
                return Open311Result.Single(answerFormat, "discovery", [
                    new("changeset", Changeset),
                    new("contact", options.Open311Contact),
                    new("key_service", Bilingual.Pick(
                        "Partners ask the city's administrators for an api_key, which files service requests as their registered client (POST /api/v1/identity/clients/{clientId}/api-key). Reading needs no key.",
                        "Mitra meminta api_key kepada administrator kota; kunci itu mengajukan permintaan layanan atas nama klien terdaftarnya (POST /api/v1/identity/clients/{clientId}/api-key). Membaca tidak memerlukan kunci.")),
                    new("endpoints", new Open311List("endpoint", [
                    [
                        new("specification", Specification),
                        new("url", url),
                        new("changeset", Changeset),
                        new("type", "production"),
                        new("formats", new Open311Values("format", ["text/xml", "application/json"])),
                    ],
                    ])),
                ]);
            })
            .AllowPublicAccess("Open311 service discovery is public by definition: where the endpoint is and in which formats. Rate-limited.")
            .RequireRateLimiting(RateLimitPolicies.Public)
            .WithName("Open311Discovery");
        return group;
    }
}
