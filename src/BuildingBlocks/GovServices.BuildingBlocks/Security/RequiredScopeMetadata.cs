using System.Security.Claims;
using OpenIddict.Abstractions;

namespace GovServices.BuildingBlocks.Security;

/// <summary>
/// One way into an endpoint: a token with <see cref="Scope"/> (null: any valid token) and, where
/// <see cref="AnyOfRoles"/> names roles, a person holding one of them. Where <see cref="Roles.Officer"/> is one, a
/// back-office system bound to an OPD (<see cref="OfficerOpd"/>) is admitted too.
/// </summary>
public sealed record ScopeRequirement(string? Scope, IReadOnlyList<string> AnyOfRoles)
{
    public bool Admits(ClaimsPrincipal user) =>
        (Scope is null || user.HasScope(Scope))
        && (AnyOfRoles.Count == 0
            || AnyOfRoles.Any(role => user.HasClaim(GovClaims.Role, role))
            || (AnyOfRoles.Contains(Roles.Officer) && OfficerOpd.IsSystem(user)));
}

/// <summary>
/// What an endpoint requires of the caller's token: any one of <see cref="Alternatives"/>. The authorization policy
/// is built from it (<see cref="EndpointAccess"/>), and the OpenAPI document states it per operation, so the
/// document declares exactly the scopes the endpoint serves.
/// </summary>
public sealed record RequiredScopeMetadata(IReadOnlyList<ScopeRequirement> Alternatives)
{
    public bool Admits(ClaimsPrincipal user) => Alternatives.Any(alternative => alternative.Admits(user));
}
