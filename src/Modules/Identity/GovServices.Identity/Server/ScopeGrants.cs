using GovServices.BuildingBlocks.Security;
using OpenIddict.Abstractions;

namespace GovServices.Identity.Server;

/// <summary>
/// Which scopes a person may receive. A token for a person carries the scopes the client asked for, the client is
/// allowed, and one of the person's roles grants (each module declares its grants, <see cref="ApiScopeCatalogue"/>) —
/// least privilege whatever the client requests.
/// </summary>
internal static class ScopeGrants
{
    /// <summary>Scopes about the person and the session, open to everyone who signs in.</summary>
    public static readonly IReadOnlyList<string> SessionScopes =
        [OpenIddictConstants.Scopes.OpenId, OpenIddictConstants.Scopes.Profile, OpenIddictConstants.Scopes.OfflineAccess];

    public static IEnumerable<string> AllowedFor(ApiScopeCatalogue catalogue, IEnumerable<string> requested, IEnumerable<string> roles)
    {
        var granted = catalogue.GrantedTo(roles).Concat(SessionScopes).ToHashSet(StringComparer.Ordinal);
        return requested.Where(granted.Contains);
    }

    /// <summary>Every scope the server knows: the session scopes and the API's.</summary>
    public static string[] All(ApiScopeCatalogue catalogue) => [.. SessionScopes, .. catalogue.Names];
}
