namespace GovServices.Identity.Admin.UpdateClient;

/// <summary>The new name, scopes and redirect URIs of a client; what is left out is emptied (a full replacement).</summary>
/// <param name="DisplayName">A name people recognise.</param>
/// <param name="Scopes">The API scopes the client may ask for from now on.</param>
/// <param name="RedirectUris">Public clients: where to return the browser after sign-in.</param>
/// <param name="PostLogoutRedirectUris">Public clients: where to return the browser after sign-out.</param>
internal sealed record ClientChanges(
    string DisplayName,
    IReadOnlyList<string>? Scopes,
    IReadOnlyList<string>? RedirectUris = null,
    IReadOnlyList<string>? PostLogoutRedirectUris = null);
