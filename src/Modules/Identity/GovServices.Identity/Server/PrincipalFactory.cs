using System.Security.Claims;
using GovServices.BuildingBlocks.Security;
using GovServices.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace GovServices.Identity.Server;

/// <summary>
/// Builds what a token says about its holder: a client acting for itself, or a person signed in through a
/// client. Each claim is sent only where it belongs (access token, identity token, or both).
/// </summary>
internal sealed class PrincipalFactory(UserManager<GovUser> users, ApiScopeCatalogue scopes)
{
    /// <summary>A client acting for itself; one bound to an OPD (<paramref name="opd"/>) says so, as a back-office system of it.</summary>
    public static ClaimsPrincipal ForClient(string clientId, string? displayName, IEnumerable<string> scopes, string? opd)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, clientId);
        identity.SetClaim(Claims.Name, displayName ?? clientId);
        identity.SetClaim(GovClaims.Opd, opd);
        identity.SetScopes(scopes);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }

    public async Task<ClaimsPrincipal> ForUserAsync(GovUser user, IEnumerable<string> requestedScopes)
    {
        var roles = await users.GetRolesAsync(user);
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id);
        identity.SetClaim(Claims.Name, user.FullName);
        identity.SetClaim(Claims.PreferredUsername, user.UserName);
        identity.SetClaim(Claims.Email, user.Email);
        identity.SetClaims(Claims.Role, [.. roles]);
        identity.SetClaim(GovClaims.Opd, user.Opd);
        identity.SetClaim(GovClaims.Nik, user.Nik);
        identity.SetScopes(ScopeGrants.AllowedFor(scopes, requestedScopes, roles));
        identity.SetDestinations(claim => DestinationsOf(claim, identity));
        return new ClaimsPrincipal(identity);
    }

    private static IEnumerable<string> DestinationsOf(Claim claim, ClaimsIdentity identity)
    {
        switch (claim.Type)
        {
            case Claims.Name or Claims.PreferredUsername or Claims.Role or GovClaims.Opd:
                yield return OpenIddictConstants.Destinations.AccessToken;
                if (identity.HasScope(OpenIddictConstants.Scopes.Profile))
                    yield return OpenIddictConstants.Destinations.IdentityToken;
                yield break;

            case Claims.Email:
                // Contact data stays out of access tokens: APIs do not need it.
                if (identity.HasScope(OpenIddictConstants.Scopes.Profile))
                    yield return OpenIddictConstants.Destinations.IdentityToken;
                yield break;

            // The NIK is what the APIs key a citizen's own records on; identity tokens do not repeat it.
            case GovClaims.Nik:
                yield return OpenIddictConstants.Destinations.AccessToken;
                yield break;

            // OpenIddict's own claims (oi_*) and the security stamp never leave the server.
            case "AspNet.Identity.SecurityStamp":
                yield break;

            default:
                yield return OpenIddictConstants.Destinations.AccessToken;
                yield break;
        }
    }
}
