using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace GovServices.BuildingBlocks.Security;

/// <summary>The actor of the current HTTP request, read from its access token's claims.</summary>
internal sealed class HttpCurrentActor(IHttpContextAccessor httpContextAccessor) : ICurrentActor
{
    private ClaimsPrincipal? User => httpContextAccessor.HttpContext?.User;

    public string? ClientId => User?.FindFirst("client_id")?.Value ?? User?.FindFirst("azp")?.Value;

    public string? UserId => User?.FindFirst("sub")?.Value ?? User?.FindFirst(ClaimTypes.NameIdentifier)?.Value;
}
