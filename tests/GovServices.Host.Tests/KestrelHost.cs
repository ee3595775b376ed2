using System.Net;
using GovServices.Testing;

namespace GovServices.Host.Tests;

/// <summary>
/// The host on Kestrel at a free port of 127.0.0.1 instead of the in-memory test server, for tests that need a real
/// connection: its remote address is the test's socket, as a proxy's would be.
/// </summary>
internal sealed class KestrelHost : GovServicesWebApplicationFactory
{
    private KestrelHost(IReadOnlyDictionary<string, string?> settings, string environment)
        : base(settings, environment)
    {
    }

    public static KestrelHost Start(IReadOnlyDictionary<string, string?> settings, string environment = TestingEnvironment)
    {
        var host = new KestrelHost(settings, environment);
        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        return host;
    }
}
