using GovServices.Identity.Server;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace GovServices.Identity.Clients;

/// <summary>A registered client as the admin API shows it. Its secret is never part of it.</summary>
/// <param name="ClientId">The OAuth <c>client_id</c>.</param>
/// <param name="DisplayName">Shown to people and in audit trails.</param>
/// <param name="Kind">Machine (client credentials with a secret) or public (authorization code with PKCE).</param>
/// <param name="Scopes">The API scopes the client may ask for.</param>
/// <param name="RedirectUris">Where the authorization endpoint may send a browser back (public clients).</param>
/// <param name="PostLogoutRedirectUris">Where the logout endpoint may send a browser back (public clients).</param>
/// <param name="Disabled">A disabled client gets no tokens, and the tokens it had were revoked.</param>
/// <param name="Opd">The OPD a machine client is bound to: its tokens carry it as the <c>opd</c> claim and it takes that OPD's officers' steps; null when unbound.</param>
/// <param name="Version">Changes with every change through this API; also the <c>ETag</c>.</param>
internal sealed record ClientView(
    string ClientId,
    string DisplayName,
    ClientKind Kind,
    IReadOnlyList<string> Scopes,
    IReadOnlyList<string> RedirectUris,
    IReadOnlyList<string> PostLogoutRedirectUris,
    bool Disabled,
    string? Opd,
    int Version)
{
    public static ClientView From(OpenIddictApplicationDescriptor descriptor) => new(
        descriptor.ClientId!,
        descriptor.DisplayName ?? descriptor.ClientId!,
        descriptor.ClientType == ClientTypes.Confidential ? ClientKind.Machine : ClientKind.Public,
        [.. ApiScopesOf(descriptor).Order(StringComparer.Ordinal)],
        [.. descriptor.RedirectUris.Select(uri => uri.OriginalString).Order(StringComparer.Ordinal)],
        [.. descriptor.PostLogoutRedirectUris.Select(uri => uri.OriginalString).Order(StringComparer.Ordinal)],
        ClientAvailability.IsDisabled(descriptor),
        ClientOpd.Of(descriptor),
        ClientVersion.Of(descriptor));

    /// <summary>The permitted API scopes; the session scopes (profile, offline_access) come with the kind.</summary>
    public static IEnumerable<string> ApiScopesOf(OpenIddictApplicationDescriptor descriptor) =>
        descriptor.Permissions
            .Where(IsApiScopePermission)
            .Select(permission => permission[Permissions.Prefixes.Scope.Length..]);

    /// <summary>A scope permission other than a session scope's: the admin API shows and replaces only these.</summary>
    public static bool IsApiScopePermission(string permission) =>
        permission.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal)
        && !ScopeGrants.SessionScopes.Contains(permission[Permissions.Prefixes.Scope.Length..], StringComparer.Ordinal);
}
