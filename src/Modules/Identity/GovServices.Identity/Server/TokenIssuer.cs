using Microsoft.Extensions.Hosting;

namespace GovServices.Identity.Server;

/// <summary>
/// The issuer of the tokens. Left to itself OpenIddict takes it from each request's scheme and host, so behind a load
/// balancer an instance reached under another name issues tokens the others do not accept, and ignores revocations
/// of theirs (RFC 7009 answers 200 all the same). Outside Development the host refuses to start without
/// <c>Identity:Issuer</c>; in Development it may be left out, and the request's address is used as before.
/// </summary>
internal static class TokenIssuer
{
    public const string Setting = GovIdentityOptions.SectionName + ":" + nameof(GovIdentityOptions.Issuer);

    /// <summary>The configured issuer, or null in Development when none is configured.</summary>
    public static Uri? Resolve(GovIdentityOptions options, IHostEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(options.Issuer))
        {
            if (environment.IsDevelopment())
                return null;

            throw new InvalidOperationException(
                $"{Setting} is not set. Outside Development every instance must issue and accept the same tokens whatever " +
                $"address a request came to: set {Setting} to the service's public https URL, e.g. https://layanan.bontangkota.go.id/.");
        }

        if (!Uri.TryCreate(options.Issuer, UriKind.Absolute, out var issuer) || issuer.Query.Length > 0 || issuer.Fragment.Length > 0)
            throw new InvalidOperationException($"{Setting} is '{options.Issuer}', which is not an absolute URL without query or fragment.");

        // OpenID Connect Discovery requires https; plain http is for a developer's own machine.
        if (issuer.Scheme != Uri.UriSchemeHttps && !environment.IsDevelopment())
            throw new InvalidOperationException($"{Setting} is '{options.Issuer}': outside Development the issuer must be an https URL.");

        return issuer;
    }
}
