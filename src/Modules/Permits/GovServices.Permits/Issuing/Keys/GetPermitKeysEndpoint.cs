using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Permits.Issuing.Keys;

internal static class GetPermitKeysEndpoint
{
    /// <summary>Verifiers may cache the key set this long; a new key appears in it before it signs anything they see.</summary>
    private const string CacheControl = "public, max-age=300";

    private const string GetPermitKeysDescription = "A JSON Web Key Set of EC P-256 keys for ES256. Match a permit token's kid against it; retired keys stay listed so that permits signed before a rotation keep verifying. Cacheable for five minutes. docs/permits-verification.md shows how to verify offline.";

    public static IEndpointRouteBuilder MapGetPermitKeys(this IEndpointRouteBuilder group)
    {
        group.MapGet(IssuingApiPaths.Keys, async (HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetPermitKeysQuery(), cancellationToken)).Match(keys =>
                {
                    response.Headers.CacheControl = CacheControl;
                    return TypedResults.Json(keys, contentType: "application/jwk-set+json");
                }))
            .AllowPublicAccess("Public keys only: anyone who checks a permit offline (a bank, the police at an event) needs them; nothing personal, rate-limited.")
            .RequireRateLimiting(RateLimitPolicies.Public)
            .Describe("GetPermitKeys", "The public keys that sign permits (JWKS)", GetPermitKeysDescription)
            .Produces<PermitKeySetView>(contentType: "application/jwk-set+json");
        return group;
    }
}
