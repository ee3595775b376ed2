using GovServices.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovServices.Payments.Tests;

/// <summary>
/// The whole host on a given database with a fake clock, the demo bank channel and extra services (test
/// subscribers). Several of them on one database behave as several instances of the city's deployment.
/// </summary>
internal sealed class ClockedPaymentsHost(
    IReadOnlyDictionary<string, string?> databaseSettings, FakeTimeProvider clock, Action<IServiceCollection>? services = null)
    : GovServicesWebApplicationFactory(Settings(databaseSettings))
{
    public FakeTimeProvider Clock => clock;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(testServices =>
        {
            testServices.AddSingleton<TimeProvider>(clock);
            services?.Invoke(testServices);
        });
    }

    private static Dictionary<string, string?> Settings(IReadOnlyDictionary<string, string?> databaseSettings) =>
        new(databaseSettings)
        {
            ["Identity:SeedDemoData"] = "true",
            ["Payments:Channels:bank-channel:SigningKey"] = BankChannel.DemoSigningKey,
            // The fake clock may stand a day behind the real one, which signs and checks the tokens' lifetimes too.
            ["Identity:AccessTokenLifetime"] = "2.00:00:00",
        };
}
