using GovServices.BuildingBlocks.Security;
using GovServices.Identity.Clients;
using GovServices.Identity.Data;
using GovServices.Identity.Server;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace GovServices.Identity.Connect;

/// <summary>
/// <c>POST /connect/token</c>. OpenIddict has already authenticated the client and checked the grant type,
/// scopes, code, PKCE verifier or refresh token; this decides who the new token speaks for.
/// </summary>
internal static class TokenEndpoint
{
    public static void MapTokenEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(IdentityApiPaths.Token, IssueAsync)
            .AllowPublicAccess("OAuth 2.0 token endpoint: clients authenticate with their credentials in the request.")
            .ExcludeFromDescription();

    private static async Task<IResult> IssueAsync(
        HttpContext httpContext,
        IOpenIddictApplicationManager applications,
        UserManager<GovUser> users,
        PrincipalFactory principals)
    {
        var request = httpContext.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request is missing.");

        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!)
                ?? throw new InvalidOperationException("OpenIddict authenticated a client that does not exist.");
            // The OPD is read at every issuance, so binding or unbinding a client takes effect with its next token.
            var principal = PrincipalFactory.ForClient(
                request.ClientId!,
                await applications.GetDisplayNameAsync(application),
                request.GetScopes(),
                ClientOpd.Of(await applications.GetPropertiesAsync(application)));
            return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // The code or refresh token carries the person and the scopes granted when they signed in.
            var granted = await httpContext.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var user = await users.FindByIdAsync(granted.Principal?.GetClaim(Claims.Subject) ?? "");
            if (user is null || user.IsDisabled)
                return OAuthRefusal.Forbid(Errors.InvalidGrant, "The account is no longer active.");

            // Roles, department and name are read again, so a change takes effect at the next refresh.
            var principal = await principals.ForUserAsync(user, granted.Principal!.GetScopes());
            return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return OAuthRefusal.Forbid(Errors.UnsupportedGrantType, "This grant type is not supported.");
    }
}
