using System.Security.Claims;

namespace GovServices.BuildingBlocks.Security;

/// <summary>
/// The OPD whose officers' steps a caller may take: a signed-in officer's own, or the OPD an administrator bound a
/// back-office system to (ADR 0051). Such a system is a client acting on its own — its token's subject is its client
/// id — whose token carries <see cref="GovClaims.Opd"/>; it holds no role, so it is never a coordinator, an auditor or
/// an admin.
/// </summary>
public static class OfficerOpd
{
    /// <summary>The caller's OPD when it may act as an officer of it; null for anyone else (coordinators included).</summary>
    public static string? Of(ICurrentActor actor)
    {
        if (actor.Opd is null)
            return null;
        return IsSystem(actor) || (IsPerson(actor) && actor.IsInRole(Roles.Officer)) ? actor.Opd : null;
    }

    /// <summary>True when the caller is a back-office system bound to an OPD, acting with no person signed in.</summary>
    public static bool IsSystem(ICurrentActor actor) =>
        actor.Opd is not null && actor.ClientId is not null && !IsPerson(actor);

    /// <summary><see cref="IsSystem(ICurrentActor)"/> for a principal, where an endpoint's policy is checked.</summary>
    public static bool IsSystem(ClaimsPrincipal user)
    {
        var clientId = user.FindFirst(GovClaims.ClientId)?.Value ?? user.FindFirst("azp")?.Value;
        var subject = user.FindFirst(GovClaims.Subject)?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        return clientId is not null && (subject is null || subject == clientId) && user.HasClaim(claim => claim.Type == GovClaims.Opd);
    }

    private static bool IsPerson(ICurrentActor actor) => actor.UserId is not null && actor.UserId != actor.ClientId;
}
