using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
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
/// <c>/connect/authorize</c>: the start of the authorization code flow. OpenIddict has validated the client,
/// its registered redirect URI and the PKCE challenge; a person who is not signed in is sent to the login page
/// and comes back here. Our clients are the city's own and its vetted partners, so there is no consent screen.
/// </summary>
internal static class AuthorizeEndpoint
{
    public static void MapAuthorizeEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods(IdentityApiPaths.Authorize, [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync)
            .AllowPublicAccess("OAuth 2.0 authorization endpoint: sends people to sign in, then back to the client.")
            .RequireRateLimiting(RateLimitPolicies.Public)
            .DisableAntiforgery()
            .ExcludeFromDescription();

    private static async Task<IResult> AuthorizeAsync(
        HttpContext httpContext,
        UserManager<GovUser> users,
        PrincipalFactory principals)
    {
        var request = httpContext.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request is missing.");

        var session = await httpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!session.Succeeded || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
                return OAuthRefusal.Forbid(Errors.LoginRequired, "The user is not signed in.");

            var query = httpContext.Request.HasFormContentType
                ? QueryString.Create(httpContext.Request.Form.Where(field => field.Key != Parameters.Prompt))
                : QueryString.Create(httpContext.Request.Query.Where(field => field.Key != Parameters.Prompt));
            return Results.Challenge(
                new AuthenticationProperties { RedirectUri = httpContext.Request.PathBase + httpContext.Request.Path + query },
                [IdentityConstants.ApplicationScheme]);
        }

        var user = await users.GetUserAsync(session.Principal);
        if (user is null || user.IsDisabled)
            return OAuthRefusal.Forbid(Errors.AccessDenied, "The account is no longer active.");

        var principal = await principals.ForUserAsync(user, request.GetScopes());
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
