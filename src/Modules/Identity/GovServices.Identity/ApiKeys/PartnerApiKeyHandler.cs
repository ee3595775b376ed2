using System.Text.Encodings.Web;
using GovServices.BuildingBlocks.Security;
using GovServices.Identity.Clients;
using GovServices.Identity.Contracts;
using GovServices.Identity.Server;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace GovServices.Identity.ApiKeys;

/// <summary>
/// Authenticates <see cref="PartnerApiKeyAccess.Scheme"/>: the key from the form body, checked against
/// the client's stored hash. The caller is the client as a client-credentials token would describe it, with one scope
/// at most, <see cref="PartnerApiKeyAccess.KeyScope"/>, and only when the client is allowed it: a key is a narrower credential than
/// the client's secret. A disabled client's key fails like an unknown one.
/// </summary>
internal sealed class PartnerApiKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = await ReadKeyAsync();
        if (string.IsNullOrEmpty(key))
            return AuthenticateResult.NoResult();
        if (!PartnerApiKey.TryReadClientId(key, out var clientId))
            return AuthenticateResult.Fail("The API key is not valid.");

        var applications = Context.RequestServices.GetRequiredService<IOpenIddictApplicationManager>();
        var application = await applications.FindByClientIdAsync(clientId, Context.RequestAborted);
        if (application is null)
            return AuthenticateResult.Fail("The API key is not valid.");

        var client = await RegisteredClient.DescribeAsync(applications, application, Context.RequestAborted);
        if (!PartnerApiKey.Matches(client.Descriptor, key) || ClientAvailability.IsDisabled(client.Descriptor))
            return AuthenticateResult.Fail("The API key is not valid.");

        string[] scopes = client.Descriptor.Permissions.Contains(Permissions.Prefixes.Scope + PartnerApiKeyAccess.KeyScope) ? [PartnerApiKeyAccess.KeyScope] : [];
        var principal = PrincipalFactory.ForClient(clientId, client.Descriptor.DisplayName, scopes, ClientOpd.Of(client.Descriptor));
        principal.SetClaim(GovClaims.ClientId, clientId);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    /// <summary>From the form body only: a key in the query string would end up in access logs and proxies.</summary>
    private async Task<string?> ReadKeyAsync()
    {
        if (!Request.HasFormContentType)
            return null;

        // The body stays readable for the endpoint and for the idempotency check, which hashes its raw bytes.
        Request.EnableBuffering();
        var form = await Request.ReadFormAsync(Context.RequestAborted);
        Request.Body.Position = 0;
        return form[PartnerApiKeyAccess.Parameter].ToString();
    }
}
