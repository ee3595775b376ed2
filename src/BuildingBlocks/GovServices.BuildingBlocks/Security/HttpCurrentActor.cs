using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace GovServices.BuildingBlocks.Security;

/// <summary>The actor of the current HTTP request, read from its access token's claims.</summary>
internal sealed class HttpCurrentActor(IHttpContextAccessor httpContextAccessor) : ICurrentActor
{
    private ClaimsPrincipal? User => httpContextAccessor.HttpContext?.User;

    public string? ClientId => User?.FindFirst(GovClaims.ClientId)?.Value ?? User?.FindFirst("azp")?.Value;

    public string? UserId => User?.FindFirst(GovClaims.Subject)?.Value ?? User?.FindFirst(ClaimTypes.NameIdentifier)?.Value;

    public string? Nik => User?.FindFirst(GovClaims.Nik)?.Value;

    public string? PersonName => UserId is { } user && user != ClientId ? User?.FindFirst(GovClaims.Name)?.Value : null;

    public string? Opd => User?.FindFirst(GovClaims.Opd)?.Value;

    public bool IsInRole(string role) =>
        User?.HasClaim(GovClaims.Role, role) == true || User?.HasClaim(ClaimTypes.Role, role) == true;
}
