using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace GovServices.Identity.Clients;

/// <summary>Turns our notion of a client into OpenIddict's: the endpoints, grants and scopes it is permitted.</summary>
internal static class ClientDescriptors
{
    public static OpenIddictApplicationDescriptor Create(
        string clientId,
        string displayName,
        ClientKind kind,
        string? secret,
        IEnumerable<string> scopes,
        IEnumerable<Uri> redirectUris,
        IEnumerable<Uri> postLogoutRedirectUris)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            DisplayName = displayName,
            ClientType = kind == ClientKind.Machine ? ClientTypes.Confidential : ClientTypes.Public,
            ClientSecret = kind == ClientKind.Machine ? secret : null,
            ConsentType = ConsentTypes.Implicit,
        };
        descriptor.Permissions.Add(Permissions.Endpoints.Token);
        descriptor.Permissions.Add(Permissions.Endpoints.Revocation);
        if (kind == ClientKind.Machine)
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
            descriptor.Permissions.Add(Permissions.Endpoints.Introspection);
        }
        else
        {
            descriptor.Permissions.Add(Permissions.Endpoints.Authorization);
            descriptor.Permissions.Add(Permissions.Endpoints.EndSession);
            descriptor.Permissions.Add(Permissions.GrantTypes.AuthorizationCode);
            descriptor.Permissions.Add(Permissions.GrantTypes.RefreshToken);
            descriptor.Permissions.Add(Permissions.ResponseTypes.Code);
            descriptor.Permissions.Add(Permissions.Scopes.Profile);
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + Scopes.OfflineAccess);
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        }

        foreach (var scope in scopes)
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        foreach (var uri in redirectUris)
            descriptor.RedirectUris.Add(uri);
        foreach (var uri in postLogoutRedirectUris)
            descriptor.PostLogoutRedirectUris.Add(uri);
        return descriptor;
    }
}
