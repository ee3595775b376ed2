using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Notifications.Tests;

/// <summary>
/// Several host instances on one database deliver as one: a host stopped in the middle of a delivery leaves it to
/// another instance, which sends it with the same webhook-id, and two running instances never send one attempt twice.
/// </summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class WebhookInstancesTests(DatabaseProvider provider)
{
    private WebhookReceiver? _receiver;

    [OneTimeSetUp]
    public async Task StartAsync() => _receiver = await WebhookReceiver.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_receiver is not null)
            await _receiver.DisposeAsync();
    }

    [Test]
    public async Task A_host_stopped_mid_delivery_leaves_it_to_another_instance_which_sends_it_with_the_same_webhook_id()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var first = Start(database);
        var endpoint = await SubscribeAsync(first);
        var hanging = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;
        _receiver!.Answer(endpoint.Path, async webhook =>
        {
            if (Interlocked.Increment(ref calls) == 1)
                await hanging.Task.WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            return ReceiverAnswer.Ok;
        });

        var deliveryId = await PingAsync(first, endpoint.Id);
        await _receiver.WaitForAsync(endpoint.Path, 1);
        var leaseWhileSending = await ScalarAsync<string?>(first, "SELECT lease_owner FROM notifications.delivery WHERE id = @id", new { id = deliveryId });
        await first.DisposeAsync();
        hanging.TrySetResult();

        await using var second = Start(database);
        var received = await _receiver.WaitForAsync(endpoint.Path, 2, TimeSpan.FromSeconds(30));
        var status = await WaitForAsync(second, deliveryId, "delivered");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(leaseWhileSending, Is.Not.Null, "the first instance held the delivery's lease while sending");
            Assert.That(received, Has.Count.EqualTo(2));
            Assert.That(received.Select(webhook => webhook.Id), Is.All.EqualTo(deliveryId));
            Assert.That(received.All(webhook => webhook.IsSignedWith(endpoint.Secret)), Is.True);
            Assert.That(status, Is.EqualTo("delivered"));
        }
    }

    [Test]
    public async Task A_delivery_whose_holder_died_is_taken_over_when_its_lease_runs_out()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = Start(database);
        var endpoint = await SubscribeAsync(host);
        await using (var connection = await OpenAsync(host))
        {
            // Another instance claimed it and died: nobody hands its lease back.
            await connection.ExecuteAsync(
                """
                INSERT INTO notifications.delivery (id, channel, destination_id, event_id, event_type, payload, status, attempts, occurred_at, next_attempt_at, lease_owner, lease_expires_at, created_at)
                VALUES ('msg_0000000000000000000000dead', 'webhook', @destination_id, @event_id, 'webhook.test', '{"type":"webhook.test"}', 'pending', 0, @now, @now, 'dead-instance', @lease_expires_at, @now)
                """,
                new { destination_id = Guid.Parse(endpoint.Id), event_id = Guid.NewGuid(), now = host.Clock.GetUtcNow(), lease_expires_at = host.Clock.GetUtcNow() + TimeSpan.FromMinutes(1) });
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        var whileLeased = _receiver!.At(endpoint.Path).Count;
        host.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var received = await _receiver.WaitForAsync(endpoint.Path, 1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(whileLeased, Is.Zero, "not while another instance's lease holds");
            Assert.That(received.Select(webhook => webhook.Id), Is.EqualTo(new[] { "msg_0000000000000000000000dead" }));
            Assert.That(received[0].IsSignedWith(endpoint.Secret), Is.True);
        }
    }

    [Test]
    public async Task Two_instances_on_one_database_never_send_one_attempt_twice()
    {
        const int Pings = 30;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var first = Start(database);
        await using var second = Start(database);
        var endpoint = await SubscribeAsync(first);
        _receiver!.Answer(endpoint.Path, async _ =>
        {
            await Task.Delay(20);
            return ReceiverAnswer.Ok;
        });

        var ids = new List<string>();
        for (var i = 0; i < Pings; i++)
            ids.Add(await PingAsync(i % 2 == 0 ? first : second, endpoint.Id));
        var received = await _receiver.WaitForAsync(endpoint.Path, Pings, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(2));
        received = _receiver.At(endpoint.Path);
        var attempts = await ScalarAsync<long>(first, "SELECT COUNT(*) FROM notifications.delivery_attempt", new { });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(received, Has.Count.EqualTo(Pings));
            Assert.That(received.Select(webhook => webhook.Id), Is.EquivalentTo(ids));
            Assert.That(attempts, Is.EqualTo(Pings));
            Assert.That(received.All(webhook => webhook.IsSignedWith(endpoint.Secret)), Is.True);
        }
    }

    private static FakeClockHost Start(TestDatabase database)
    {
        var host = new FakeClockHost(WebhooksApiTests.HostSettings(database), DateTimeOffset.UtcNow, environment: "Development");
        host.CreateClient().Dispose();
        return host;
    }

    private async Task<(string Id, string Secret, string Path)> SubscribeAsync(FakeClockHost host)
    {
        var url = _receiver!.NewUrl(out var path);
        using var api = await ApiAsync(host);
        using var response = await api.PostAsJsonAsync(new Uri("/api/v1/notifications/webhooks", UriKind.Relative), new { url, eventTypes = new[] { "complaint.status_changed" } });
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body);
        var json = JsonNode.Parse(body)!;
        return (json["id"]!.GetValue<string>(), json["secret"]!.GetValue<string>(), path);
    }

    private static async Task<string> PingAsync(FakeClockHost host, string endpointId)
    {
        using var api = await ApiAsync(host);
        using var response = await api.PostAsync(new Uri($"/api/v1/notifications/webhooks/{endpointId}/test", UriKind.Relative), null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), body);
        return JsonNode.Parse(body)!["deliveryId"]!.GetValue<string>();
    }

    private static async Task<HttpClient> ApiAsync(FakeClockHost host)
    {
        var oauth = new OAuthTestClient(host);
        return oauth.CreateApiClient((await oauth.ClientCredentialsAsync("partner-app", "notifications.manage")).AccessToken);
    }

    private static async Task<string?> WaitForAsync(FakeClockHost host, string deliveryId, string status)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        string? current;
        do
        {
            current = await ScalarAsync<string?>(host, "SELECT status FROM notifications.delivery WHERE id = @id", new { id = deliveryId });
            if (current != status)
                await Task.Delay(100);
        }
        while (current != status && DateTime.UtcNow < deadline);

        return current;
    }

    private static async Task<T> ScalarAsync<T>(FakeClockHost host, string sql, object parameters)
    {
        await using var connection = await OpenAsync(host);
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    private static async Task<DbConnection> OpenAsync(FakeClockHost host) =>
        await host.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
}
