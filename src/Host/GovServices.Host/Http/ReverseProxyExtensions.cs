using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace GovServices.Host.Http;

/// <summary>
/// Behind a reverse proxy or load balancer, the connection comes from the proxy: the client's address, the scheme
/// (TLS ends at the proxy) and the public host name arrive in <c>X-Forwarded-For</c>, <c>-Proto</c> and <c>-Host</c>.
/// They are believed only from the proxies configured in <c>Http:KnownProxies</c> and <c>Http:KnownNetworks</c>; from
/// anyone else they are ignored, since a client could send them to pose as another address (and so escape its rate
/// limit) or as https. ASP.NET Core's own defaults trust loopback; here nothing is trusted unless configured.
/// Believed, they make OpenIddict see https, links and <c>Location</c> headers name the public address, and rate
/// limits count the citizen's address rather than the proxy's (docs/adr/0032).
/// </summary>
internal static class ReverseProxyExtensions
{
    public static IServiceCollection AddReverseProxies(this IServiceCollection services, IConfiguration configuration)
    {
        // Parsed here, so that a mistyped address stops the host at start-up instead of silently trusting no one.
        var proxies = ListSetting(configuration, nameof(HttpOptions.KnownProxies)).Select(ParseProxy).ToList();
        var networks = ListSetting(configuration, nameof(HttpOptions.KnownNetworks)).Select(ParseNetwork).ToList();

        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            // With both lists empty the middleware would believe everyone, so then it reads nothing at all.
            forwarded.ForwardedHeaders = proxies.Count + networks.Count == 0
                ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
                forwarded.KnownProxies.Add(proxy);
            foreach (var network in networks)
                forwarded.KnownIPNetworks.Add(network);
            // Through a chain of trusted proxies (a load balancer in front of a proxy), walk back to the first address
            // that is not one of them; the walk stops at any untrusted hop, so no limit is needed for safety.
            forwarded.ForwardLimit = null;
        });
        return services;
    }

    /// <summary>First in the pipeline: everything after it sees the client's address and scheme.</summary>
    public static IApplicationBuilder UseReverseProxies(this IApplicationBuilder app) => app.UseForwardedHeaders();

    /// <summary>
    /// A list given either as items (<c>Http:KnownProxies:0</c>, …) or as one comma-separated value, which is what an
    /// environment variable (<c>Http__KnownProxies=10.0.0.5,10.0.0.6</c>) naturally holds; the binder alone would
    /// ignore the latter and so trust no one.
    /// </summary>
    private static IEnumerable<string> ListSetting(IConfiguration configuration, string name)
    {
        var section = configuration.GetSection(HttpOptions.SectionName).GetSection(name);
        return section.GetChildren()
            .Select(child => child.Value ?? "")
            .Append(section.Value ?? "")
            .SelectMany(value => value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToList();
    }

    private static IPAddress ParseProxy(string value) =>
        IPAddress.TryParse(value, out var address)
            ? address
            : throw new InvalidOperationException($"{HttpOptions.SectionName}:KnownProxies has '{value}', which is not an IP address.");

    private static System.Net.IPNetwork ParseNetwork(string value) =>
        System.Net.IPNetwork.TryParse(value, out var network)
            ? network
            : throw new InvalidOperationException($"{HttpOptions.SectionName}:KnownNetworks has '{value}', which is not a network in CIDR notation (e.g. 10.0.0.0/8).");
}
