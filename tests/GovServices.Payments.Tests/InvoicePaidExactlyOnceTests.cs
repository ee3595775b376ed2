using Dapper;
using GovServices.BuildingBlocks;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Messaging;
using GovServices.Payments.Contracts;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Payments.Tests;

/// <summary>
/// <see cref="InvoicePaid"/> reaches each subscriber's effect exactly once, even when the host delivering it stops in
/// the middle of a delivery and another instance takes the message over after its lease: real outbox, real inbox,
/// two runs of the dispatcher (one per host instance) on one database.
/// </summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class InvoicePaidExactlyOnceTests(DatabaseProvider provider)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Test]
    public async Task InvoicePaid_is_handled_once_by_each_subscriber_when_the_dispatcher_stops_mid_way_and_restarts()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var deliveries = new InvoicePaidDeliveries { HoldUntilStopping = true };
        var first = new FakeClockHost(BankChannel.HostSettings(database.ToConfiguration()), DateTimeOffset.UtcNow, services => Subscribe(services, deliveries));
        first.CreateClient().Dispose();
        var clock = first.Clock;

        var invoiceId = await PayAnInvoiceAsync(first);
        // Wake the dispatcher, which waits for its poll interval on the fake clock, until the first subscriber has worked.
        var deadline = DateTime.UtcNow + Patience;
        while (!deliveries.FirstWorkDone.Task.IsCompleted && DateTime.UtcNow < deadline)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(deliveries.FirstWorkDone.Task, Task.Delay(200));
        }

        Assert.That(deliveries.FirstWorkDone.Task.IsCompleted, Is.True, "the first instance never delivered InvoicePaid");
        await first.DisposeAsync();

        var afterStop = (
            Processed: await ProcessedAsync(database, invoiceId),
            FirstEffects: await EffectsAsync(database, "permit-issuing", invoiceId),
            SecondInvocations: deliveries.Invocations("payer-notice", invoiceId));

        // Another instance starts once the stopped one's lease has run out.
        deliveries.HoldUntilStopping = false;
        await using var second = new FakeClockHost(
            BankChannel.HostSettings(database.ToConfiguration()), clock.GetUtcNow() + TimeSpan.FromMinutes(2), services => Subscribe(services, deliveries));
        second.CreateClient().Dispose();
        await WaitUntilAsync(() => ProcessedAsync(database, invoiceId));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(afterStop.Processed, Is.False, "the first run stopped before the message was done");
            Assert.That(afterStop.FirstEffects, Is.EqualTo(1), "the first subscriber's work was committed before the stop");
            Assert.That(afterStop.SecondInvocations, Is.Zero, "the second subscriber had not run yet");
            Assert.That(deliveries.Invocations("permit-issuing", invoiceId), Is.EqualTo(1), "the inbox kept the redelivery from the first subscriber");
            Assert.That(deliveries.Invocations("payer-notice", invoiceId), Is.EqualTo(1));
            Assert.That(await EffectsAsync(database, "permit-issuing", invoiceId), Is.EqualTo(1));
            Assert.That(await EffectsAsync(database, "payer-notice", invoiceId), Is.EqualTo(1));
            Assert.That(await ScalarAsync<long>(database, "SELECT COUNT(*) FROM payments.inbox_message", new { }), Is.EqualTo(2));
        }
    }

    private static void Subscribe(IServiceCollection services, InvoicePaidDeliveries deliveries) =>
        services
            .AddSingleton(deliveries)
            .AddIntegrationEventHandler<InvoicePaid, PermitIssuingSubscriber>(PaymentsModule.Schema)
            .AddIntegrationEventHandler<InvoicePaid, PayerNoticeSubscriber>(PaymentsModule.Schema);

    private static async Task<Guid> PayAnInvoiceAsync(FakeClockHost host)
    {
        var token = (await new OAuthTestClient(host).ClientCredentialsAsync("bank-channel", "payments.channel")).AccessToken;
        IssuedInvoice invoice;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            invoice = (await scope.ServiceProvider.GetRequiredService<IInvoiceIssuer>()
                .IssueAsync(new InvoiceRequest("permits", "APP-" + Guid.NewGuid(), 150_000, "Retribusi PBG", "Siti Rahmawati"))).Value;
        }

        using var api = host.CreateClient();
        using var paid = await new BankChannel(api, token).PayAsync(
            BankChannel.PaymentBody(invoice.PaymentCode, 150_000, "REF-" + Guid.NewGuid(), host.Clock.GetUtcNow()), "ext-" + Guid.NewGuid(), host.Clock.GetUtcNow());
        Assert.That(paid.IsSuccessStatusCode, Is.True, await paid.Content.ReadAsStringAsync());
        return invoice.InvoiceId;
    }

    private static async Task<bool> ProcessedAsync(TestDatabase database, Guid invoiceId)
    {
        var processed = await QueryAsync<string>(database,
            "SELECT payload FROM payments.outbox_message WHERE message_type = @type AND processed_at IS NOT NULL",
            new { type = typeof(InvoicePaid).FullName });
        return processed.Any(payload => payload.Contains(invoiceId.ToString(), StringComparison.OrdinalIgnoreCase));
    }

    private static Task<long> EffectsAsync(TestDatabase database, string consumer, Guid invoiceId) => ScalarAsync<long>(database,
        "SELECT COUNT(*) FROM payments.audit_log WHERE action = @action AND entity_type = @consumer AND entity_id = @entity_id",
        new { action = InvoicePaidSubscriber.EffectAction, consumer, entity_id = invoiceId.ToString() });

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail("The second instance did not finish the message in time.");
            await Task.Delay(100);
        }
    }

    private static async Task<T> ScalarAsync<T>(TestDatabase database, string sql, object parameters)
    {
        await using var services = Services(database);
        await using var connection = await services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    private static async Task<List<T>> QueryAsync<T>(TestDatabase database, string sql, object parameters)
    {
        await using var services = Services(database);
        await using var connection = await services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        return [.. await connection.QueryAsync<T>(sql, parameters)];
    }

    private static ServiceProvider Services(TestDatabase database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.ToConfiguration()).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddBuildingBlocks(configuration)
            .AddModuleSchema(new ModuleSchema(PaymentsModule.Schema, typeof(PaymentsModule).Assembly))
            .BuildServiceProvider();
    }
}
