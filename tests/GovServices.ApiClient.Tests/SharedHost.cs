using GovServices.Testing;

namespace GovServices.ApiClient.Tests;

/// <summary>
/// One host on Kestrel (SQLite, demo clients and users) for every fixture of this project: the generated client and
/// the browser reach it over a real connection, and one start-up is all the project costs.
/// </summary>
[SetUpFixture]
internal sealed class SharedHost
{
    private static KestrelHost? _host;

    public static KestrelHost Host => _host ?? throw new InvalidOperationException("The shared host starts before the first fixture.");

    [OneTimeSetUp]
    public void Start() => _host = KestrelHost.Start(new Dictionary<string, string?> { ["Identity:SeedDemoData"] = "true" });

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
    }
}
