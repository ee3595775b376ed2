using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using GovServices.Notifications.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovServices.Notifications.Tests;

public sealed partial class WebhooksApiTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1.5);

    [Test]
    public async Task A_complaint_status_change_reaches_the_endpoint_of_its_opd_once_dispositioned_there_signed_within_two_seconds_and_no_other_endpoint()
    {
        var dlh = await SubscribeAsync("officer.dlh", "complaint.status_changed");
        var dpmptsp = await SubscribeAsync("officer.dpmptsp", "complaint.status_changed");
        var partner = await SubscribeAsync("partner-app", "complaint.status_changed");
        var dlhOther = await SubscribeAsync("officer.dlh", "webhook_endpoint.disabled");

        // Filed and verified: DLH's officers cannot read it yet, so DLH's endpoint hears nothing of it.
        var complaintId = await FileComplaintAsync("sampah");
        await StepAsync(complaintId, "verify");
        await Task.Delay(Quiet);
        Assert.That(_receiver!.At(dlh.Path), Is.Empty, "before the disposition the OPD's officers do not see the complaint");

        var dispositioned = Stopwatch.StartNew();
        await StepAsync(complaintId, "disposition");
        var received = await _receiver.WaitForAsync(dlh.Path, 1);
        var latency = dispositioned.Elapsed;
        await Task.Delay(Quiet);

        var body = JsonNode.Parse(received[0].Body)!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(received, Has.Count.EqualTo(1));
            Assert.That(latency, Is.LessThan(TimeSpan.FromSeconds(2)), "from the disposition to the receiver");
            AssertSignedWith(received, dlh.Secret);
            Assert.That(received[0].Id, Does.Match("^msg_[0-9a-z]{26}$"));
            Assert.That(body["type"]!.GetValue<string>(), Is.EqualTo("complaint.status_changed"));
            Assert.That(body["data"]!["complaintId"]!.GetValue<string>(), Is.EqualTo(complaintId));
            Assert.That(body["data"]!["opd"]!.GetValue<string>(), Is.EqualTo("DLH"));
            Assert.That(body["data"]!["toStatus"]!.GetValue<string>(), Is.EqualTo("dispositioned"));
            Assert.That(received[0].Body, Does.Not.Contain("Sampah menumpuk").And.Not.Contain("Ahmad Yani"), "thin: no free text");
            Assert.That(_receiver.At(dpmptsp.Path), Is.Empty, "another OPD's endpoint");
            Assert.That(_receiver.At(partner.Path), Is.Empty, "a partner app that did not file it");
            Assert.That(_receiver.At(dlhOther.Path), Is.Empty, "an endpoint of the OPD that does not subscribe to the type");
        }
    }

    [Test]
    public async Task A_receiver_answering_500_is_tried_again_on_the_schedule_with_the_same_webhook_id_until_it_answers_200()
    {
        var clock = _host!.Travel(DateTimeOffset.UtcNow - TimeSpan.FromMinutes(4));
        var endpoint = await SubscribeAsync("partner-app", "complaint.status_changed");
        _receiver!.Answer(endpoint.Path, new ReceiverAnswer(500, Body: "busy"), new ReceiverAnswer(503), ReceiverAnswer.Ok);

        using var ping = await PostAsync("partner-app", Of(endpoint.Id, "test"));
        var deliveryId = (await ReadAsync(ping, HttpStatusCode.Accepted))["deliveryId"]!.GetValue<string>();
        await WaitForAttemptsAsync(endpoint.Id, deliveryId, 1);
        clock.Advance(TimeSpan.FromSeconds(4));
        await Task.Delay(Quiet);
        var beforeTheFirstRetry = _receiver.At(endpoint.Path).Count;
        clock.Advance(TimeSpan.FromSeconds(1));
        await WaitForAttemptsAsync(endpoint.Id, deliveryId, 2);
        clock.Advance(TimeSpan.FromMinutes(5));
        var received = await _receiver.WaitForAsync(endpoint.Path, 3);
        await Task.Delay(Quiet);

        var delivery = await GetAsync("partner-app", Of(endpoint.Id, $"deliveries/{deliveryId}"));
        var log = await GetAsync("partner-app", Of(endpoint.Id, "deliveries"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(beforeTheFirstRetry, Is.EqualTo(1), "the first retry waits 5 s");
            Assert.That(_receiver.At(endpoint.Path), Has.Count.EqualTo(3));
            Assert.That(received.Select(webhook => webhook.Id), Is.All.EqualTo(deliveryId));
            AssertSignedWith(received, endpoint.Secret);
            Assert.That(JsonNode.Parse(received[0].Body)!["type"]!.GetValue<string>(), Is.EqualTo("webhook.test"));
            Assert.That(delivery["delivery"]!["status"]!.GetValue<string>(), Is.EqualTo("delivered"));
            Assert.That(delivery["delivery"]!["attempts"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(delivery["attemptLog"]!.AsArray().Select(attempt => attempt!["statusCode"]!.GetValue<int>()), Is.EqualTo(new[] { 500, 503, 200 }));
            Assert.That(delivery["attemptLog"]![0]!["responseExcerpt"]!.GetValue<string>(), Is.EqualTo("busy"));
            Assert.That(log["items"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()), Is.EqualTo(new[] { deliveryId }));
        }
    }

    [Test]
    public async Task A_429_with_retry_after_is_tried_again_no_sooner_than_asked()
    {
        var clock = _host!.Travel(DateTimeOffset.UtcNow - TimeSpan.FromMinutes(3));
        var endpoint = await SubscribeAsync("partner-app", "complaint.status_changed");
        _receiver!.Answer(endpoint.Path, new ReceiverAnswer(429, RetryAfterSeconds: 120), ReceiverAnswer.Ok);

        using var ping = await PostAsync("partner-app", Of(endpoint.Id, "test"));
        var deliveryId = (await ReadAsync(ping, HttpStatusCode.Accepted))["deliveryId"]!.GetValue<string>();
        await WaitForAttemptsAsync(endpoint.Id, deliveryId, 1);
        clock.Advance(TimeSpan.FromSeconds(60));
        await Task.Delay(Quiet);
        var withinRetryAfter = _receiver.At(endpoint.Path).Count;
        clock.Advance(TimeSpan.FromSeconds(61));
        var received = await _receiver.WaitForAsync(endpoint.Path, 2);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(withinRetryAfter, Is.EqualTo(1), "not within the 120 s the receiver asked for, though the schedule says 5 s");
            Assert.That(received, Has.Count.EqualTo(2));
            Assert.That(received[1].Id, Is.EqualTo(received[0].Id));
            AssertSignedWith(received, endpoint.Secret);
        }
    }

    [Test]
    public async Task A_410_disables_the_endpoint_and_the_owners_other_endpoint_is_told()
    {
        var gone = await SubscribeAsync("opd-system", "complaint.status_changed");
        var watcher = await SubscribeAsync("opd-system", "webhook_endpoint.disabled");
        _receiver!.Answer(gone.Path, new ReceiverAnswer(410));

        using var ping = await PostAsync("opd-system", Of(gone.Id, "test"));
        var deliveryId = (await ReadAsync(ping, HttpStatusCode.Accepted))["deliveryId"]!.GetValue<string>();
        var told = await _receiver.WaitForAsync(watcher.Path, 1);
        var endpoint = await GetAsync("opd-system", Of(gone.Id));
        var delivery = await GetAsync("opd-system", Of(gone.Id, $"deliveries/{deliveryId}"));
        var audited = await ScalarAsync<long>(
            "SELECT COUNT(*) FROM notifications.audit_log WHERE action = 'webhook_endpoint.disabled' AND entity_id = @id", new { id = gone.Id });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(endpoint["status"]!.GetValue<string>(), Is.EqualTo("disabled"));
            Assert.That(endpoint["disabledReason"]!.GetValue<string>(), Is.EqualTo("gone"));
            Assert.That(delivery["delivery"]!["status"]!.GetValue<string>(), Is.EqualTo("will_not_send"));
            Assert.That(told, Has.Count.EqualTo(1));
            AssertSignedWith(told, watcher.Secret);
            var body = JsonNode.Parse(told[0].Body)!;
            Assert.That(body["type"]!.GetValue<string>(), Is.EqualTo("webhook_endpoint.disabled"));
            Assert.That(body["data"]!["endpointId"]!.GetValue<string>(), Is.EqualTo(gone.Id));
            Assert.That(body["data"]!["reason"]!.GetValue<string>(), Is.EqualTo("gone"));
            Assert.That(audited, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task An_endpoint_failing_for_three_days_is_disabled_as_failing()
    {
        var endpoint = await SubscribeAsync("partner-app", "complaint.status_changed");
        _receiver!.Answer(endpoint.Path, new ReceiverAnswer(500));
        var now = _host!.Clock.GetUtcNow();
        await ExecuteAsync(
            "UPDATE notifications.webhook_endpoint SET failing_since = @since WHERE id = @id",
            new { id = Guid.Parse(endpoint.Id), since = now - TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1) });

        using var ping = await PostAsync("partner-app", Of(endpoint.Id, "test"));
        Assert.That(ping.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        await _receiver.WaitForAsync(endpoint.Path, 1);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        JsonNode read;
        do
        {
            await Task.Delay(100);
            read = await GetAsync("partner-app", Of(endpoint.Id));
        }
        while (read["status"]!.GetValue<string>() == "active" && DateTime.UtcNow < deadline);

        Assert.That(read["disabledReason"]?.GetValue<string>(), Is.EqualTo("failing"));
    }

    [Test]
    public async Task After_a_rotation_both_secrets_sign_until_the_overlap_ends_then_only_the_new_one()
    {
        var clock = _host!.Travel(DateTimeOffset.UtcNow - TimeSpan.FromMinutes(3));
        var endpoint = await SubscribeAsync("partner-app", "complaint.status_changed");
        using var rotate = await PostAsync("partner-app", Of(endpoint.Id, "rotate-secret"));
        var rotated = await ReadAsync(rotate, HttpStatusCode.OK);
        var newSecret = rotated["secret"]!.GetValue<string>();

        using (var ping = await PostAsync("partner-app", Of(endpoint.Id, "test")))
            Assert.That(ping.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var during = (await _receiver!.WaitForAsync(endpoint.Path, 1)).Single();

        clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
        using (var ping = await PostAsync("partner-app", Of(endpoint.Id, "test")))
            Assert.That(ping.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var after = (await _receiver.WaitForAsync(endpoint.Path, 2))[1];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(newSecret, Does.StartWith("whsec_").And.Not.EqualTo(endpoint.Secret));
            Assert.That(rotated["previousSecretExpiresAt"], Is.Not.Null);
            Assert.That(during.Signature.Split(' '), Has.Length.EqualTo(2));
            Assert.That(during.SignaturesBy(endpoint.Secret), Is.EqualTo(1), "the old secret during the overlap");
            Assert.That(during.SignaturesBy(newSecret), Is.EqualTo(1), "the new secret during the overlap");
            Assert.That(after.Signature.Split(' '), Has.Length.EqualTo(1));
            Assert.That(after.SignaturesBy(newSecret), Is.EqualTo(1), "the new secret after the overlap");
            Assert.That(after.SignaturesBy(endpoint.Secret), Is.Zero, "the old secret after the overlap");
        }
    }

    [Test]
    public async Task A_replay_sends_what_was_not_delivered_again_with_the_same_id_and_not_what_was()
    {
        var since = _host!.Clock.GetUtcNow() - TimeSpan.FromSeconds(1);
        var endpoint = await SubscribeAsync("partner-app", "complaint.status_changed");
        using (var delivered = await PostAsync("partner-app", Of(endpoint.Id, "test")))
            Assert.That(delivered.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        await _receiver!.WaitForAsync(endpoint.Path, 1);

        _receiver.Answer(endpoint.Path, new ReceiverAnswer(410), ReceiverAnswer.Ok);
        using var lost = await PostAsync("partner-app", Of(endpoint.Id, "test"));
        var lostId = (await ReadAsync(lost, HttpStatusCode.Accepted))["deliveryId"]!.GetValue<string>();
        await _receiver.WaitForAsync(endpoint.Path, 2);
        await WaitForStatusAsync(endpoint.Id, lostId, "will_not_send");

        using (var enable = await PostAsync("partner-app", Of(endpoint.Id, "enable")))
            Assert.That(enable.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var replay = await PostAsync("partner-app", new Uri($"{Of(endpoint.Id, "replay")}?since={Uri.EscapeDataString(since.ToString("O"))}", UriKind.Relative));
        var replayed = await ReadAsync(replay, HttpStatusCode.Accepted);
        var received = await _receiver.WaitForAsync(endpoint.Path, 3);
        await Task.Delay(Quiet);
        using var tooOld = await PostAsync("partner-app", new Uri($"{Of(endpoint.Id, "replay")}?since=2000-01-01T00:00:00Z", UriKind.Relative));
        using var noSince = await PostAsync("partner-app", Of(endpoint.Id, "replay"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(replayed["requeued"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(_receiver.At(endpoint.Path), Has.Count.EqualTo(3), "the delivered one is not sent again");
            Assert.That(received[2].Id, Is.EqualTo(lostId));
            AssertSignedWith(received, endpoint.Secret);
            Assert.That(tooOld.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(noSince.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        }
    }

    [Test]
    public async Task Retrying_one_delivery_sends_it_again_with_the_same_id_and_a_pending_one_is_409()
    {
        var endpoint = await SubscribeAsync("partner-app", "complaint.status_changed");
        using var ping = await PostAsync("partner-app", Of(endpoint.Id, "test"));
        var deliveryId = (await ReadAsync(ping, HttpStatusCode.Accepted))["deliveryId"]!.GetValue<string>();
        await _receiver!.WaitForAsync(endpoint.Path, 1);
        await WaitForStatusAsync(endpoint.Id, deliveryId, "delivered");

        using var retry = await PostAsync("partner-app", Of(endpoint.Id, $"deliveries/{deliveryId}/retry"));
        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var received = await _receiver.WaitForAsync(endpoint.Path, 2);
        using var unknown = await PostAsync("partner-app", Of(endpoint.Id, "deliveries/msg_unknown/retry"));

        _receiver.Answer(endpoint.Path, _ => Task.Delay(TimeSpan.FromSeconds(3)).ContinueWith(_ => ReceiverAnswer.Ok));
        using var slow = await PostAsync("partner-app", Of(endpoint.Id, "test"));
        var slowId = (await ReadAsync(slow, HttpStatusCode.Accepted))["deliveryId"]!.GetValue<string>();
        using var pending = await PostAsync("partner-app", Of(endpoint.Id, $"deliveries/{slowId}/retry"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(received.Select(webhook => webhook.Id), Is.All.EqualTo(deliveryId));
            AssertSignedWith(received, endpoint.Secret);
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(pending.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        }
    }

    [Test]
    public async Task Deliveries_older_than_thirty_days_are_deleted_with_their_attempts()
    {
        var endpoint = await SubscribeAsync("partner-app", "complaint.status_changed");
        var now = _host!.Clock.GetUtcNow();
        foreach (var (id, age) in new[] { ("msg_old", TimeSpan.FromDays(31)), ("msg_recent", TimeSpan.FromDays(29)) })
        {
            var fullId = id + Guid.NewGuid().ToString("N")[..10];
            await ExecuteAsync(
                """
                INSERT INTO notifications.delivery (id, channel, destination_id, event_id, event_type, payload, status, attempts, occurred_at, next_attempt_at, created_at)
                VALUES (@id, 'webhook', @destination_id, @event_id, 'webhook.test', '{}', 'delivered', 1, @created_at, @created_at, @created_at)
                """,
                new { id = fullId, destination_id = Guid.Parse(endpoint.Id), event_id = Guid.NewGuid(), created_at = now - age });
            await ExecuteAsync(
                "INSERT INTO notifications.delivery_attempt (delivery_id, attempt, attempted_at, duration_ms) VALUES (@id, 1, @at, 5)",
                new { id = fullId, at = now - age });
        }

        var retention = _host.Services.GetServices<IHostedService>().OfType<DeliveryRetentionWorker>().Single();
        await retention.DeleteExpiredAsync(CancellationToken.None);
        var left = await GetAsync("partner-app", Of(endpoint.Id, "deliveries"));
        var orphans = await ScalarAsync<long>(
            "SELECT COUNT(*) FROM notifications.delivery_attempt WHERE delivery_id NOT IN (SELECT id FROM notifications.delivery)", new { });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(left["items"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()), Has.All.StartsWith("msg_recent"));
            Assert.That(left["items"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(orphans, Is.Zero);
        }
    }

    /// <summary>Waits until the delivery's attempts are recorded: the schedule counts from the settled attempt.</summary>
    private async Task WaitForAttemptsAsync(string endpointId, string deliveryId, int attempts)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        int current;
        do
        {
            current = (await GetAsync("partner-app", Of(endpointId, $"deliveries/{deliveryId}")))["delivery"]!["attempts"]!.GetValue<int>();
            if (current < attempts)
                await Task.Delay(50);
        }
        while (current < attempts && DateTime.UtcNow < deadline);

        Assert.That(current, Is.EqualTo(attempts), deliveryId);
    }

    private async Task WaitForStatusAsync(string endpointId, string deliveryId, string status)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        string? current;
        do
        {
            current = (await GetAsync("partner-app", Of(endpointId, $"deliveries/{deliveryId}")))["delivery"]!["status"]!.GetValue<string>();
            if (current != status)
                await Task.Delay(100);
        }
        while (current != status && DateTime.UtcNow < deadline);

        Assert.That(current, Is.EqualTo(status), deliveryId);
    }
}
