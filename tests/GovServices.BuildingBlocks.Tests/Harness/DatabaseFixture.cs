using GovServices.BuildingBlocks.Data;

namespace GovServices.BuildingBlocks.Tests.Harness;

/// <summary>
/// Base of fixtures that run once per database provider; a provider that is not reachable here marks the whole
/// fixture as skipped, with the reason.
/// </summary>
public abstract class DatabaseFixture(DatabaseProvider provider)
{
    private BuildingBlocksHarness? _harness;

    protected DatabaseProvider Provider => provider;

    internal BuildingBlocksHarness Harness => _harness ?? throw new InvalidOperationException("The fixture did not start.");

    [OneTimeSetUp]
    public async Task StartHarnessAsync() => _harness = await StartAsync();

    [OneTimeTearDown]
    public async Task StopHarnessAsync()
    {
        if (_harness is not null)
            await _harness.DisposeAsync();
    }

    internal virtual Task<BuildingBlocksHarness> StartAsync() => BuildingBlocksHarness.StartAsync(provider);
}
