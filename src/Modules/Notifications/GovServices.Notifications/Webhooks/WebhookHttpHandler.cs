using System.Net;
using System.Net.Sockets;

namespace GovServices.Notifications.Webhooks;

/// <summary>
/// The primary handler of the webhook <see cref="HttpClient"/> (<see cref="ClientName"/>): redirects are never followed
/// (a 3xx is the answer), no proxy and no cookies, and — unless private addresses are allowed — the connection is
/// made only to addresses <see cref="WebhookAddressRules"/> calls public, resolved at connect time and checked again
/// once connected, so a host whose DNS turns private after the subscription was checked (DNS rebinding) is refused.
/// </summary>
internal static class WebhookHttpHandler
{
    public const string ClientName = WebhookChannel.HttpClientName;

    /// <summary>How much of a receiver's response headers is read, in KiB.</summary>
    private const int MaxResponseHeadersKiB = 16;

    public static SocketsHttpHandler Create(WebhookUrlGuard guard, TimeSpan connectTimeout)
    {
        ArgumentNullException.ThrowIfNull(guard);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = connectTimeout,
            MaxResponseHeadersLength = MaxResponseHeadersKiB,
            // A pooled connection outlives a DNS change; new ones are checked again.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        if (!guard.Options.AllowPrivateAddresses)
            handler.ConnectCallback = (context, cancellationToken) => ConnectToPublicAsync(guard, context.DnsEndPoint, cancellationToken);
        return handler;
    }

    private static async ValueTask<Stream> ConnectToPublicAsync(WebhookUrlGuard guard, DnsEndPoint endPoint, CancellationToken cancellationToken)
    {
        var addresses = await guard.AddressesOfAsync(endPoint.Host, cancellationToken);
        if (addresses.Length == 0)
            throw new WebhookAddressRefusedException($"The host {endPoint.Host} could not be resolved.");
        if (addresses.FirstOrDefault(address => !WebhookAddressRules.IsPublic(address)) is { } refused)
            throw new WebhookAddressRefusedException($"The host {endPoint.Host} resolves to {refused}, which is not a public address: not connected.");

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endPoint.Port, cancellationToken);
            if (socket.RemoteEndPoint is not IPEndPoint { Address: var connected } || !WebhookAddressRules.IsPublic(connected))
                throw new WebhookAddressRefusedException($"The connection to {endPoint.Host} reached {socket.RemoteEndPoint}, which is not a public address.");
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
