using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Identity.Admin.IssueApiKey;

internal static class IssueApiKeyEndpoint
{
    private const string IssueClientApiKeyDescription = "For standards that authenticate with an API key (Open311 GeoReport v2 `api_key`). Returns the key this once; only its hash is kept. The key files complaints as the client (scope complaints.submit), so the client must be allowed that scope (else 409). Issuing again replaces the previous key; disabling the client stops its key too.";

    public static IEndpointRouteBuilder MapIssueApiKey(this IEndpointRouteBuilder group)
    {
        group.MapPost(IdentityApiPaths.ClientApiKey, async (string clientId, HttpContext httpContext, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new IssueApiKeyCommand(clientId), cancellationToken)).Match(issued =>
                {
                    // The key must not linger in caches or proxies.
                    httpContext.Response.Headers.CacheControl = "no-store";
                    httpContext.Response.SetETag(issued.Version);
                    return TypedResults.Ok(issued);
                }))
            .RequireScope(Scopes.IdentityAdmin)
            .Describe("IssueClientApiKey", "Issue a partner API key to a client", IssueClientApiKeyDescription)
            .Produces<ApiKeyIssued>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }
}
