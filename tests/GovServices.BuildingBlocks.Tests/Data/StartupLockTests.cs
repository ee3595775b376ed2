using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Tests.Harness;
using GovServices.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.BuildingBlocks.Tests.Data;

/// <summary>The start-up lock that instances on one database take in turn (docs/adr/0031).</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class StartupLockTests(DatabaseProvider provider) : DatabaseFixture(provider)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMilliseconds(500);

    // Each instance has its own lock object and connections: only the database (or the data directory) is shared.
    private StartupLock AnotherInstance() =>
        new(Harness.Services.GetRequiredService<DatabaseOptions>(), Harness.Connections);

    [Test]
    public async Task A_second_instance_waits_for_the_lock_until_the_first_releases_it()
    {
        var first = await AnotherInstance().AcquireAsync("test-turns");
        var second = AnotherInstance().AcquireAsync("test-turns");

        var waitedWhileHeld = await Task.WhenAny(second, Task.Delay(Patience)) != second;
        await first.DisposeAsync();
        var acquiredAfterRelease = await Task.WhenAny(second, Task.Delay(TimeSpan.FromSeconds(10))) == second;
        if (acquiredAfterRelease)
            await (await second).DisposeAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(waitedWhileHeld, Is.True, "the second waited while the first held the lock");
            Assert.That(acquiredAfterRelease, Is.True, "the second got the lock once the first released it");
        }
    }

    [Test]
    public async Task Locks_of_different_names_do_not_wait_for_each_other()
    {
        await using var first = await AnotherInstance().AcquireAsync("test-one");

        var second = AnotherInstance().AcquireAsync("test-other");
        var acquired = await Task.WhenAny(second, Task.Delay(TimeSpan.FromSeconds(10))) == second;
        if (acquired)
            await (await second).DisposeAsync();

        Assert.That(acquired, Is.True);
    }

    [Test]
    public async Task Waiting_for_the_lock_stops_when_cancelled()
    {
        await using var first = await AnotherInstance().AcquireAsync("test-cancel");
        using var cancellation = new CancellationTokenSource(Patience);

        Assert.That(
            async () => await AnotherInstance().AcquireAsync("test-cancel", cancellation.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }
}
