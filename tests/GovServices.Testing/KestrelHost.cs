using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Testing;

/// <summary>
/// The host on Kestrel at a free port of 127.0.0.1 instead of the in-memory test server, for tests that need a real
/// connection: its remote address is the test's socket, as a proxy's would be, and a browser can open its pages.
/// </summary>
public sealed class KestrelHost : GovServicesWebApplicationFactory
{
    private KestrelHost(IReadOnlyDictionary<string, string?> settings, string environment)
        : base(settings, environment)
    {
    }

    /// <summary>Where Kestrel listens, for clients that are not the factory's own (a browser, a generated client).</summary>
    public Uri BaseAddress => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());

    public static KestrelHost Start(IReadOnlyDictionary<string, string?> settings, string environment = TestingEnvironment)
    {
        var host = new KestrelHost(settings, environment);
        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        return host;
    }
}
