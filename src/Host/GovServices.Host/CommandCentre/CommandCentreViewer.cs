using System.Security.Claims;
using GovServices.BuildingBlocks.Security;
using GovServices.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace GovServices.Host.CommandCentre;

/// <summary>
/// Who looks at the screen (ADR 0056): coordinators, admins and auditors see the city; an OPD head (an officer whose
/// account carries the <see cref="GovClaims.OpdHead"/> claim) sees their OPD's complaints only; anyone else is refused.
/// </summary>
internal sealed record CommandCentreViewer(string UserName, string Role, string? Opd)
{
    public bool SeesCity => Opd is null;

    private static readonly string[] CityRoles = [Roles.Coordinator, Roles.Admin, Roles.Auditor];

    /// <summary>The viewer the session cookie names, read from the account itself (a disabled account sees nothing).</summary>
    public static async Task<CommandCentreViewer?> FromAsync(ClaimsPrincipal principal, UserManager<GovUser> users)
    {
        if (principal.Identity?.IsAuthenticated != true || await users.GetUserAsync(principal) is not { IsDisabled: false } user)
            return null;

        var roles = await users.GetRolesAsync(user);
        if (CityRoles.FirstOrDefault(roles.Contains) is { } cityRole)
            return new CommandCentreViewer(user.UserName!, cityRole, null);

        if (!roles.Contains(Roles.Officer) || string.IsNullOrEmpty(user.Opd))
            return null;
        var claims = await users.GetClaimsAsync(user);
        return claims.Any(claim => claim.Type == GovClaims.OpdHead && claim.Value == "true")
            ? new CommandCentreViewer(user.UserName!, Roles.Officer, user.Opd)
            : null;
    }
}
