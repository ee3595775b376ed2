using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Server.AspNetCore;

namespace GovServices.Identity.Connect;

/// <summary>
/// <c>/connect/logout</c> (OpenID Connect end session): ends the sign-in session and returns to the client's
/// registered post-logout URI, which OpenIddict has checked.
/// </summary>
internal static class LogoutEndpoint
{
    public static void MapLogoutEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods(IdentityApiPaths.Logout, [HttpMethods.Get, HttpMethods.Post], (Delegate)LogOutAsync)
            .AllowPublicAccess("OpenID Connect end-session endpoint: signing out needs no token.")
            .RequireRateLimiting(RateLimitPolicies.Public)
            .DisableAntiforgery()
            .ExcludeFromDescription();

    // Cast to Delegate where mapped: a handler taking only HttpContext would otherwise bind as a RequestDelegate and drop its result.
    private static async Task<IResult> LogOutAsync(HttpContext httpContext)
    {
        await httpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Results.SignOut(
            new AuthenticationProperties { RedirectUri = "/" },
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
