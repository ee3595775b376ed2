using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Host.Instances;
using GovServices.Testing;
using GovServices.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Host.Tests;

/// <summary>
/// The Command Centre's "instances alive" (docs/adr/0069): two hosts on one database each see both while they run; one
/// stopped gracefully leaves the list at once, and one that stops beating (killed) drops out once it has not been seen
/// for <see cref="InstanceOptions.AliveWithin"/>.
/// </summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
internal sealed class InstanceRegistryTests(DatabaseProvider provider)
{
    [Test]
    public async Task Instances_on_one_database_see_each_other_and_one_that_stops_leaves_the_list()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var settings = database.ToConfiguration()
            .Append(new("Instances:HeartbeatInterval", "00:00:00.200"))
            .Append(new("Instances:AliveWithin", "00:00:01"))
            .ToDictionary();
        await using var first = new GovServicesWebApplicationFactory(settings);
        var second = new GovServicesWebApplicationFactory(settings);
        first.CreateClient().Dispose();
        second.CreateClient().Dispose();
        var registry = first.Services.GetRequiredService<InstanceRegistry>();
        var secondId = second.Services.GetRequiredService<InstanceRegistry>().Id;

        var both = await WaitForAsync(registry, instances => instances.Count == 2);
        await second.DisposeAsync();
        var afterStop = await registry.AliveAsync(CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(both, Has.Count.EqualTo(2), "both hosts announce themselves");
            Assert.That(both.Count(instance => instance.Current), Is.EqualTo(1), "the asking instance knows itself");
            Assert.That(both, Has.All.Matches<InstanceView>(instance => instance.ProcessId == Environment.ProcessId && instance.LastSeenAt >= instance.StartedAt));
            Assert.That(afterStop, Has.Count.EqualTo(1), "a graceful stop leaves the list at once");
            Assert.That(afterStop.Single().Current, Is.True);
        }

        // A killed instance never leaves: its row stays until it has not been seen for AliveWithin.
        await using (var connection = await first.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync())
        {
            await connection.ExecuteAsync(
                "INSERT INTO operations.instance (id, host_name, process_id, version, started_at, last_seen_at) VALUES (@id, 'killed', 1, 'x', @seen, @seen)",
                new { id = secondId, seen = DateTimeOffset.UtcNow });
        }

        var withKilled = await registry.AliveAsync(CancellationToken.None);
        var afterSilence = await WaitForAsync(registry, instances => instances.Count == 1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(withKilled, Has.Count.EqualTo(2), "seen a moment ago");
            Assert.That(afterSilence.Select(instance => instance.HostName), Has.None.EqualTo("killed"), "not seen for a second: gone");
        }
    }

    private static async Task<IReadOnlyList<InstanceView>> WaitForAsync(InstanceRegistry registry, Func<IReadOnlyList<InstanceView>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var instances = await registry.AliveAsync(CancellationToken.None);
            if (done(instances) || DateTime.UtcNow > deadline)
                return instances;
            await Task.Delay(100);
        }
    }
}
