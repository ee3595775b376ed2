using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace GovServices.Identity.Clients;

/// <summary>
/// A client is disabled by taking away its endpoint permissions: OpenIddict itself then refuses it at the token,
/// authorization, introspection and revocation endpoints (unauthorized_client), so there is no second flag that
/// could disagree with what is enforced.
/// </summary>
internal static class ClientAvailability
{
    public static bool IsDisabled(OpenIddictApplicationDescriptor descriptor) =>
        !descriptor.Permissions.Contains(Permissions.Endpoints.Token);

    public static void Disable(OpenIddictApplicationDescriptor descriptor) =>
        descriptor.Permissions.RemoveWhere(permission => permission.StartsWith(Permissions.Prefixes.Endpoint, StringComparison.Ordinal));
}
