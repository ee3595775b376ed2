using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Messaging;
using GovServices.BuildingBlocks.Tests.Harness;
using GovServices.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.BuildingBlocks.Tests.Messaging;

[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class OutboxTests(DatabaseProvider provider)
{
    private const string Schema = "sample";
    private BuildingBlocksHarness? _harness;
    private DeliveryLog _log = null!;

    private BuildingBlocksHarness Harness => _harness!;

    private OutboxDispatcher Dispatcher => Harness.Services.GetRequiredService<OutboxDispatcher>();

    [SetUp]
    public async Task StartAsync()
    {
        _log = new DeliveryLog();
        _harness = await BuildingBlocksHarness.StartAsync(
            provider,
            services => services
                .AddSingleton(_log)
                .AddIntegrationEventHandler<NoteWritten, ArchiveSubscriber>(Schema)
                .AddIntegrationEventHandler<NoteWritten, NotifySubscriber>(Schema),
            new Dictionary<string, string?> { ["Outbox:MaxAttempts"] = "3", ["Outbox:BatchSize"] = "10" });
    }

    [TearDown]
    public async Task StopAsync()
    {
        if (_harness is not null)
            await _harness.DisposeAsync();
    }

    private async Task<NoteWritten> PublishAsync(string body, bool commit = true)
    {
        await using var scope = Harness.Services.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var note = new NoteWritten(Guid.CreateVersion7(), body);
        await unitOfWork.BeginAsync();
        await scope.ServiceProvider.GetRequiredService<IOutbox>().EnqueueAsync(Schema, note);
        if (commit)
            await unitOfWork.CommitAsync();
        else
            await unitOfWork.RollbackAsync();
        return note;
    }

    private async Task DrainAsync()
    {
        while (await Dispatcher.DispatchBatchAsync(Schema, CancellationToken.None) > 0)
        {
        }
    }

    private Task<long> EffectsAsync(string consumer) =>
        Harness.ScalarAsync<long>("SELECT COUNT(*) FROM sample.received_event WHERE consumer = @consumer", new { consumer });

    [Test]
    public async Task An_event_written_in_a_rolled_back_transaction_is_never_delivered()
    {
        await PublishAsync("rolled back", commit: false);

        var claimed = await Dispatcher.DispatchBatchAsync(Schema, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(claimed, Is.Zero);
            Assert.That(_log.Invocations, Is.Empty);
            Assert.That(await Harness.ScalarAsync<long>("SELECT COUNT(*) FROM sample.outbox_message"), Is.Zero);
        });
    }

    [Test]
    public async Task A_committed_event_is_delivered_once_to_each_subscriber()
    {
        await PublishAsync("hello");

        await DrainAsync();
        await DrainAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(_log.Invocations.Values, Is.EqualTo(new[] { 1, 1 }));
            Assert.That(await EffectsAsync("archive"), Is.EqualTo(1));
            Assert.That(await EffectsAsync("notify"), Is.EqualTo(1));
            Assert.That(await Harness.ScalarAsync<long>("SELECT COUNT(*) FROM sample.outbox_message WHERE processed_at IS NOT NULL"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_dispatcher_stopped_mid_batch_hands_its_leases_back_so_another_takes_over_at_once_without_repeating_effects()
    {
        for (var i = 0; i < 5; i++)
            await PublishAsync($"note {i}");
        using var stop = new CancellationTokenSource();
        // Stop after the third handler run: the second message has reached one of its two subscribers.
        _log.AfterEachDelivery = total =>
        {
            if (total == 3)
                stop.Cancel();
        };

        Assert.CatchAsync<OperationCanceledException>(() => Dispatcher.DispatchBatchAsync(Schema, stop.Token));
        _log.AfterEachDelivery = _ => { };
        var leasedAfterStop = await Harness.ScalarAsync<long>("SELECT COUNT(*) FROM sample.outbox_message WHERE lease_owner IS NOT NULL");
        var claimedAtOnce = await Dispatcher.DispatchBatchAsync(Schema, CancellationToken.None);
        await DrainAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(leasedAfterStop, Is.Zero, "the stopped dispatcher left no lease behind");
            Assert.That(claimedAtOnce, Is.EqualTo(4), "the next dispatcher took the undelivered messages without waiting for a lease to expire");
            Assert.That(_log.Invocations, Has.Count.EqualTo(10));
            Assert.That(_log.Invocations.Values, Is.All.EqualTo(1), "no subscriber ran twice for one message");
            Assert.That(await EffectsAsync("archive"), Is.EqualTo(5));
            Assert.That(await EffectsAsync("notify"), Is.EqualTo(5));
        });
    }

    [Test]
    public async Task Messages_claimed_by_a_dispatcher_that_died_are_taken_over_once_its_lease_expires()
    {
        for (var i = 0; i < 3; i++)
            await PublishAsync($"note {i}");
        var now = Harness.Clock.GetUtcNow();
        // A dispatcher that dies (SIGKILL, a lost machine) never hands back what it claimed.
        await using (var connection = await Harness.Connections.OpenConnectionAsync())
        {
            await connection.ExecuteAsync(
                OutboxSql.Claim(Schema, Harness.Connections.Dialect),
                new { now, batch_size = 10, lease_owner = "dead", lease_expires_at = now + TimeSpan.FromMinutes(1) });
        }

        var claimedWhileLeased = await Dispatcher.DispatchBatchAsync(Schema, CancellationToken.None);
        Harness.Clock.Advance(TimeSpan.FromMinutes(2));
        await DrainAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(claimedWhileLeased, Is.Zero, "the dead dispatcher's lease is respected until it expires");
            Assert.That(await EffectsAsync("archive"), Is.EqualTo(3));
            Assert.That(await EffectsAsync("notify"), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task Two_dispatchers_running_at_once_deliver_each_event_once()
    {
        for (var i = 0; i < 30; i++)
            await PublishAsync($"concurrent {i}");

        await Task.WhenAll(Task.Run(DrainAsync), Task.Run(DrainAsync));

        Assert.Multiple(async () =>
        {
            Assert.That(_log.Invocations, Has.Count.EqualTo(60));
            Assert.That(_log.Invocations.Values, Is.All.EqualTo(1));
            Assert.That(await EffectsAsync("archive"), Is.EqualTo(30));
            Assert.That(await EffectsAsync("notify"), Is.EqualTo(30));
        });
    }

    [Test]
    public async Task A_failing_subscriber_is_retried_with_backoff_then_kept_visible_as_poisoned()
    {
        _log.FailWhen = (consumer, note) => consumer == "notify" && note.Body == "poison";
        await PublishAsync("poison");

        await Dispatcher.DispatchBatchAsync(Schema, CancellationToken.None);
        var claimedDuringBackoff = await Dispatcher.DispatchBatchAsync(Schema, CancellationToken.None);
        Harness.Clock.Advance(TimeSpan.FromSeconds(3));
        await Dispatcher.DispatchBatchAsync(Schema, CancellationToken.None);
        Harness.Clock.Advance(TimeSpan.FromSeconds(5));
        await Dispatcher.DispatchBatchAsync(Schema, CancellationToken.None);
        Harness.Clock.Advance(TimeSpan.FromHours(2));
        var claimedAfterPoison = await Dispatcher.DispatchBatchAsync(Schema, CancellationToken.None);

        await using var connection = await Harness.Connections.OpenConnectionAsync();
        var row = await connection.QuerySingleAsync<(int Attempts, string? LastError, string? Poisoned, string? Processed)>(
            "SELECT attempts, last_error, CASE WHEN poisoned_at IS NULL THEN NULL ELSE 'yes' END, CASE WHEN processed_at IS NULL THEN NULL ELSE 'yes' END FROM sample.outbox_message");
        Assert.Multiple(async () =>
        {
            Assert.That(claimedDuringBackoff, Is.Zero, "not retried before its backoff");
            Assert.That(claimedAfterPoison, Is.Zero, "a poisoned message is not retried");
            Assert.That(row.Attempts, Is.EqualTo(3));
            Assert.That(row.LastError, Does.Contain("refuses 'poison'"));
            Assert.That(row.Poisoned, Is.EqualTo("yes"));
            Assert.That(row.Processed, Is.Null);
            Assert.That(_log.Invocations.Values, Is.EqualTo(new[] { 1 }), "the healthy subscriber ran once across all retries");
            Assert.That(await EffectsAsync("notify"), Is.Zero, "a failed delivery leaves no effect behind");
        });
    }
}
