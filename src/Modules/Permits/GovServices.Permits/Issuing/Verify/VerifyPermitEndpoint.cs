using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Permits.Issuing.Verify;

internal static class VerifyPermitEndpoint
{
    private const string VerifyPermitDescription = "No token needed: the path carries the permit's signed token as printed in its QR code. Always 200 with a status: valid, expired (past its last day, WITA), revoked, or invalid (not signed with a key of the JWKS, altered, unknown or not a token at all). For a genuine permit it shows the number, type, OPD, validity and the holder masked. 429 when called too often.";

    public static IEndpointRouteBuilder MapVerifyPermit(this IEndpointRouteBuilder group)
    {
        group.MapGet(IssuingApiPaths.Verify, async (string token, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new VerifyPermitQuery(token), cancellationToken)).Match(verification =>
                {
                    // A revocation must show at once: no cache may keep a "valid".
                    response.Headers.CacheControl = "no-store";
                    return TypedResults.Ok(verification);
                }))
            .AllowPublicAccess("The QR code on a permit points here so that anyone can check it in seconds; the answer is the status and masked data only, the same for every kind of invalid token, and rate-limited per address.")
            .RequireRateLimiting(RateLimitPolicies.Public)
            .Describe("VerifyPermit", "Check a permit from its QR code", VerifyPermitDescription)
            .Produces<PermitVerification>()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }
}
