using System.Net;
using System.Net.Sockets;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Notifications.Webhooks;

/// <summary>Resolves a host name to every address it has (the system resolver, or a test's).</summary>
internal delegate Task<IPAddress[]> WebhookHostResolver(string host, CancellationToken cancellationToken);

/// <summary>
/// The SSRF guard (issue 14, item 7): a webhook URL must be absolute https without credentials, its host inside the
/// allow-list when there is one, and every address the host resolves to public (<see cref="WebhookAddressRules"/>).
/// Checked when a subscription is created or changed (a 422 problem) and before each delivery; the connection itself
/// is checked again by <see cref="WebhookHttpHandler"/>, since DNS may answer differently a second later.
/// With <see cref="WebhookUrlGuardOptions.AllowPrivateAddresses"/> (Development) http and any address are accepted.
/// </summary>
internal sealed class WebhookUrlGuard(WebhookUrlGuardOptions options, WebhookHostResolver resolve) : IWebhookUrlGuard
{
    public const string MalformedCode = "webhook_url_malformed";
    public const string NotHttpsCode = "webhook_url_not_https";
    public const string HostNotAllowedCode = "webhook_url_host_not_allowed";
    public const string UnresolvableCode = "webhook_url_unresolvable";
    public const string NotPublicCode = "webhook_url_not_public";

    public static readonly WebhookHostResolver SystemResolver = Dns.GetHostAddressesAsync;

    public WebhookUrlGuardOptions Options => options;

    public async ValueTask<Result<Uri>> CheckAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.UserInfo)
            || string.IsNullOrEmpty(uri.IdnHost))
            return Error.Unprocessable(MalformedCode, Bilingual.Pick(
                "The URL must be an absolute https URL without credentials.",
                "URL harus berupa URL https absolut tanpa kredensial."));

        if (uri.Scheme != Uri.UriSchemeHttps && !options.AllowPrivateAddresses)
            return Error.Unprocessable(NotHttpsCode, Bilingual.Pick(
                "The URL must use https.",
                "URL harus memakai https."));

        if (!options.AllowsHost(uri.IdnHost))
            return Error.Unprocessable(HostNotAllowedCode, Bilingual.Pick(
                $"The host {uri.IdnHost} is not among the hosts webhooks may be sent to ({string.Join(", ", options.AllowedHostSuffixes)}).",
                $"Host {uri.IdnHost} tidak termasuk host yang boleh dikirimi webhook ({string.Join(", ", options.AllowedHostSuffixes)})."));

        if (options.AllowPrivateAddresses)
            return uri;

        var addresses = await AddressesOfAsync(uri.IdnHost, cancellationToken);
        if (addresses.Length == 0)
            return Error.Unprocessable(UnresolvableCode, Bilingual.Pick(
                $"The host {uri.IdnHost} could not be resolved.",
                $"Host {uri.IdnHost} tidak dapat di-resolve."));

        if (addresses.FirstOrDefault(address => !WebhookAddressRules.IsPublic(address)) is { } refused)
            return Error.Unprocessable(NotPublicCode, Bilingual.Pick(
                $"The host {uri.IdnHost} resolves to {refused}, which is not a public address (loopback, private, link-local, metadata and reserved addresses are refused).",
                $"Host {uri.IdnHost} mengarah ke {refused}, yang bukan alamat publik (alamat loopback, privat, link-local, metadata dan cadangan ditolak)."));

        return uri;
    }

    /// <summary>Every address of <paramref name="host"/> (an address literal is its own); none when it does not resolve.</summary>
    public async Task<IPAddress[]> AddressesOfAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
            return [literal];
        try
        {
            return await resolve(host, cancellationToken);
        }
        catch (SocketException)
        {
            return [];
        }
    }
}
