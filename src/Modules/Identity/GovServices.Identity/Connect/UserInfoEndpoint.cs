using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Identity.Data;
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

/// <summary><c>/connect/userinfo</c>: what the signed-in person's access token lets the client know about them.</summary>
internal static class UserInfoEndpoint
{
    public static void MapUserInfoEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods(IdentityApiPaths.UserInfo, [HttpMethods.Get, HttpMethods.Post], DescribeAsync)
            .AllowPublicAccess("OpenID Connect userinfo: OpenIddict validates the access token before this runs.")
            .RequireRateLimiting(RateLimitPolicies.Public)
            .DisableAntiforgery()
            .ExcludeFromDescription();

    private static async Task<IResult> DescribeAsync(HttpContext httpContext, UserManager<GovUser> users)
    {
        var token = await httpContext.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var user = await users.FindByIdAsync(token.Principal?.GetClaim(Claims.Subject) ?? "");
        if (user is null || user.IsDisabled)
        {
            return Results.Challenge(
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The token's holder no longer exists.",
                }),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var claims = new Dictionary<string, object?>(StringComparer.Ordinal) { [Claims.Subject] = user.Id };
        if (token.Principal!.HasScope(OpenIddictConstants.Scopes.Profile))
        {
            claims[Claims.Name] = user.FullName;
            claims[Claims.PreferredUsername] = user.UserName;
            claims[Claims.Email] = user.Email;
            claims[Claims.Role] = await users.GetRolesAsync(user);
            if (user.Opd is not null)
                claims[GovClaims.Opd] = user.Opd;
        }

        return Results.Ok(claims);
    }
}
