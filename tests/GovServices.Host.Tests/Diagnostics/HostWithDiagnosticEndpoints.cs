using System.Globalization;
using GovServices.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Host.Tests.Diagnostics;

/// <summary>The application plus <see cref="DiagnosticEndpointsStartupFilter"/>'s JSON and failing endpoints.</summary>
internal sealed class HostWithDiagnosticEndpoints(IReadOnlyDictionary<string, string?> settings, string environment)
    : GovServicesWebApplicationFactory(settings, environment)
{
    public const long SmallBodyLimit = 4096;

    /// <summary>Hosts with a small body limit, so that a 413 takes kilobytes rather than megabytes.</summary>
    public static HostWithDiagnosticEndpoints InEnvironment(string environment) => new(
        new Dictionary<string, string?> { ["Http:MaxRequestBodyBytes"] = SmallBodyLimit.ToString(CultureInfo.InvariantCulture) },
        environment);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, DiagnosticEndpointsStartupFilter>());
    }
}
