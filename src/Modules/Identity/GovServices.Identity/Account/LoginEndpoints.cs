using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Identity.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Identity.Account;

/// <summary>
/// <c>/account/login</c>: people sign in here during the authorization code flow. Antiforgery-protected, locks
/// the account after repeated failures, and returns only to a path on this server (no open redirect). Every attempt is
/// in the identity trail (ADR 0063): <c>account.signed_in</c>, <c>account.sign_in_failed</c> (the account when there is
/// one; never the name or password typed) and <c>account.locked_out</c>.
/// </summary>
internal static class LoginEndpoints
{
    private const string DefaultReturnUrl = "/";
    private const string WrongCredentials = "Nama pengguna atau kata sandi salah. / Wrong username or password.";

    public static void MapLoginEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(IdentityApiPaths.Login, ShowForm)
            .AllowPublicAccess("The sign-in page must be reachable before signing in.")
            .RequireRateLimiting(RateLimitPolicies.Public)
            .ExcludeFromDescription();
        endpoints.MapPost(IdentityApiPaths.Login, SignInAsync)
            .AllowPublicAccess("Signing in needs no token; the form is antiforgery-protected and rate-limited.")
            .ExcludeFromDescription();
    }

    private static IResult ShowForm(HttpContext httpContext, IAntiforgery antiforgery, string? returnUrl) =>
        Page(httpContext, antiforgery, SafeReturnUrl(returnUrl), userName: null, message: null, StatusCodes.Status200OK);

    private static async Task<IResult> SignInAsync(
        HttpContext httpContext,
        IAntiforgery antiforgery,
        SignInManager<GovUser> signIn,
        IdentityTrail trail,
        [FromForm] string? userName,
        [FromForm] string? password,
        [FromForm] string? returnUrl)
    {
        var target = SafeReturnUrl(returnUrl);
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
            return Page(httpContext, antiforgery, target, userName, "Isi nama pengguna dan kata sandi. / Enter your username and password.", StatusCodes.Status400BadRequest);

        var cancellationToken = httpContext.RequestAborted;
        var user = await signIn.UserManager.FindByNameAsync(userName) ?? await signIn.UserManager.FindByEmailAsync(userName);
        if (user is null || user.IsDisabled)
        {
            await trail.RecordAsync(SignInFailed(user, user is null ? "unknown_account" : "account_disabled"), cancellationToken);
            return Page(httpContext, antiforgery, target, userName, WrongCredentials, StatusCodes.Status401Unauthorized);
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await trail.RecordAsync(new AuditEvent("account.signed_in", "user", user.Id, Details: new { method = "password" }), cancellationToken);
            return Results.LocalRedirect(target);
        }

        if (result.IsLockedOut)
        {
            await trail.RecordAsync(
                new AuditEvent("account.locked_out", "user", user.Id, AuditOutcome.Denied, new { lockedUntil = user.LockoutEnd }), cancellationToken);
            return Page(httpContext, antiforgery, target, userName, "Akun dikunci sementara karena terlalu banyak percobaan. / Too many attempts: the account is locked for a while.", StatusCodes.Status423Locked);
        }

        await trail.RecordAsync(SignInFailed(user, "wrong_password"), cancellationToken);
        return Page(httpContext, antiforgery, target, userName, WrongCredentials, StatusCodes.Status401Unauthorized);
    }

    private static AuditEvent SignInFailed(GovUser? user, string reason) =>
        new("account.sign_in_failed", user is null ? null : "user", user?.Id, AuditOutcome.Failed, new { reason });

    private static IResult Page(HttpContext httpContext, IAntiforgery antiforgery, string returnUrl, string? userName, string? message, int statusCode)
    {
        var tokens = antiforgery.GetAndStoreTokens(httpContext);
        var html = LoginPage.Render(tokens.FormFieldName, tokens.RequestToken!, returnUrl, userName, message);
        httpContext.Response.Headers.CacheControl = "no-store";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: statusCode);
    }

    /// <summary>Only a path on this server: "/connect/authorize?…", never "//evil.example" or "https://…".</summary>
    internal static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl)
        && returnUrl[0] == '/'
        && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\'))
        && !returnUrl.Any(char.IsControl)
            ? returnUrl
            : DefaultReturnUrl;
}
