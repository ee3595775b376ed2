using GovServices.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Host.Tests.OpenApi;

/// <summary>The application plus <see cref="SameNamedRecordsStartupFilter"/>'s endpoints.</summary>
internal sealed class HostWithSameNamedRecords : GovServicesWebApplicationFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, SameNamedRecordsStartupFilter>());
    }
}
