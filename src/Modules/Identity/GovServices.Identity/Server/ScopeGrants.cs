using GovServices.BuildingBlocks.Security;
using OpenIddict.Abstractions;

namespace GovServices.Identity.Server;

/// <summary>
/// Which API scopes a person may receive, by role. A token for a person carries the scopes the client asked for,
/// the client is allowed, and one of the person's roles grants — least privilege whatever the client requests.
/// </summary>
internal static class ScopeGrants
{
    private static readonly IReadOnlyDictionary<string, string[]> ByRole = new Dictionary<string, string[]>
    {
        [Roles.Citizen] = [Scopes.ComplaintsSubmit, Scopes.ComplaintsRead, Scopes.PermitsApply, Scopes.PaymentsRead],
        [Roles.Officer] = [Scopes.ComplaintsRead, Scopes.ComplaintsManage, Scopes.PermitsReview, Scopes.RegistryVerify, Scopes.RegistryRead, Scopes.PaymentsRead, Scopes.PaymentsManage],
        [Roles.Coordinator] = [Scopes.ComplaintsRead, Scopes.ComplaintsManage, Scopes.PermitsReview, Scopes.PaymentsRead],
        [Roles.Auditor] = [Scopes.AuditRead, Scopes.ComplaintsRead, Scopes.PaymentsRead],
        [Roles.Admin] = [Scopes.IdentityAdmin, Scopes.ComplaintsManage],
    };

    /// <summary>Scopes about the person and the session, open to everyone who signs in.</summary>
    private static readonly string[] SessionScopes =
        [OpenIddictConstants.Scopes.OpenId, OpenIddictConstants.Scopes.Profile, OpenIddictConstants.Scopes.OfflineAccess];

    public static IEnumerable<string> AllowedFor(IEnumerable<string> requested, IEnumerable<string> roles)
    {
        var granted = roles
            .SelectMany(role => ByRole.TryGetValue(role, out var scopes) ? scopes : [])
            .Concat(SessionScopes)
            .ToHashSet(StringComparer.Ordinal);
        return requested.Where(granted.Contains);
    }

    /// <summary>Every scope the server knows: the session scopes and the API's.</summary>
    public static string[] All => [.. SessionScopes, .. Scopes.Descriptions.Keys];
}
