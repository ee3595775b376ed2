using System.Diagnostics;
using System.Text.Json.Nodes;

namespace GovServices.Cluster.Tests;

/// <summary>
/// Issue 18 part 2, "N instances, proven" (docs/adr/0049): two real host processes in Production on one PostgreSQL,
/// behind HAProxy with TLS, a mixed load for over 30 seconds, one instance killed with SIGKILL midway and restarted.
/// Afterwards nothing answered 2xx is lost, no retry changed an answer, nothing happened twice, and both instances
/// behave as one service.
/// </summary>
[NonParallelizable]
public sealed class TwoInstancesBehindALoadBalancerTests
{
    private static readonly TimeSpan LoadDuration = TimeSpan.FromSeconds(32);
    private static readonly TimeSpan KillAfter = TimeSpan.FromSeconds(12);
    private static readonly TimeSpan TwoAgainDuration = TimeSpan.FromSeconds(8);
    private static readonly TimeSpan SettleBudget = TimeSpan.FromSeconds(40);
    private static readonly TimeSpan RevocationBound = TimeSpan.FromSeconds(1);

    [Test]
    public async Task Two_instances_behind_HAProxy_lose_nothing_under_a_mixed_load_while_one_is_killed_and_restarted()
    {
        if (LoadBalancer.Executable is null)
            SkipOrFailInCi("haproxy is not installed (Debian's package haproxy; .ci/run installs it)");
        var run = Stopwatch.StartNew();
        await using var cluster = await StartClusterAsync();
        try
        {
            await RunAndCheckAsync(cluster, run);
        }
        catch (Exception exception) when (exception is not SuccessException and not IgnoreException)
        {
            TestContext.Progress.WriteLine(cluster.Diagnostics());
            throw;
        }
    }

    private static async Task RunAndCheckAsync(Cluster cluster, Stopwatch run)
    {
        var traffic = cluster.Traffic;
        var (officer, officerSignIn) = await CrossInstanceSignIn.SignInAsync(traffic, "host1", "host2", "officer.dpmptsp", "openid", "permits.review");
        var actors = new LoadActors(
            await TokenAsync(traffic, "partner-app", "complaints.submit complaints.read permits.apply registry.verify payments.read notifications.manage"),
            await TokenAsync(traffic, "opd-system", "payments.manage"),
            await TokenAsync(traffic, Cluster.BankChannel, "payments.channel"),
            officer,
            await TokenAsync(traffic, "auditor-tool", "audit.read"));
        await using var webhooks = await WebhookSink.StartAsync();
        var endpointId = await SubscribeAsync(traffic, actors, webhooks);
        var findings = new LoadFindings();
        var load = new MixedLoad(cluster, actors, findings);

        var loadStarted = traffic.Now;
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(stop.Token);
        await Task.Delay(KillAfter);
        var victim = cluster.Hosts[1];
        var killedAt = traffic.Now;
        await victim.KillAsync();
        var deadAt = traffic.Now;
        victim.Start();
        await victim.WaitUntilReadyAsync();
        var readyAt = traffic.Now;
        var untilInRotation = await cluster.WaitUntilInRotationAsync(victim, TimeSpan.FromSeconds(20));
        // The load goes on for its time, and for a while with both instances again, however long the restart took.
        var stopAt = Max(loadStarted + LoadDuration, traffic.Now + TwoAgainDuration);
        await Task.Delay(Max(TimeSpan.Zero, stopAt - traffic.Now));
        await stop.CancelAsync();
        await running;
        var loadEnded = traffic.Now;
        var loadDuration = loadEnded - loadStarted;

        // A sign-in started on the restarted instance is honoured by the one that kept running, and the other way round.
        var (_, citizenSignIn) = await CrossInstanceSignIn.SignInAsync(traffic, "host2", "host1", "citizen", "openid", "complaints.submit");

        var issuedThroughTheOutbox = await WaitForPaidPermitsAsync(traffic, actors, findings);
        var database = new ClusterDatabase(cluster.ConnectionString);
        var backlog = await WaitAsync(database.OutboxBacklogAsync, backlog => backlog.Pending == 0);
        var unreadable = await ReadBackComplaintsAsync(traffic, actors, findings);
        var expectedWebhooks = ExpectedWebhooks(findings);
        await WaitAsync(() => Task.FromResult(Undelivered(webhooks, expectedWebhooks).Count), count => count == 0);
        var deliveries = await WaitAsync(() => database.WebhookDeliveriesAsync(endpointId), found => found.ByStatus.Keys.All(status => status == "delivered"));
        var unsealed = await WaitAsync(database.UnsealedRecordsAsync, count => count == 0);
        var chains = new List<(string Module, JsonNode Verdict)>();
        foreach (var module in await database.SchemasWithAsync("audit_chain_entry"))
        {
            var verdict = await traffic.SendAsync("audit verification", () => new HttpRequestMessage(HttpMethod.Get, $"api/v1/audit/verify?module={module}"), [200], actors.Auditor);
            chains.Add((module, verdict.IsSuccess ? verdict.Json : JsonNode.Parse($$"""{"intact":false,"status":{{verdict.Status}}}""")!));
        }

        var report = new LoadReport(traffic.Records, killedAt, deadAt)
        {
            LoadDuration = loadDuration,
            RunDuration = run.Elapsed,
            RestartUntilReady = readyAt - killedAt,
            RestartUntilInRotation = untilInRotation,
        };
        TestContext.Progress.WriteLine(report.ToString());
        var received = webhooks.Events;
        TestContext.Progress.WriteLine(
            $"Webhooks: {received.Count} received by the partner app, {received.Sum(webhook => webhook.Attempts)} requests " +
            $"({received.Count(webhook => webhook.RefusedFirst)} refused once and retried), {received.Count(webhook => webhook.Accepted > 1)} accepted twice; " +
            $"{deliveries.Attempts} attempts on record.");

        var notifications = await database.NotificationsAsync();
        var invoices = await database.InvoiceStatusesAsync();
        var invoicePaid = await database.InvoicePaidDeliveriesAsync();
        var sequences = await database.PermitSequencesAsync();
        var numbers = await database.IssuedPermitNumbersAsync();
        var verificationRows = await database.VerificationTrailRowsAsync(MixedLoad.VerificationPurpose);
        var cutOffVerifications = report.CutOffByTheKill.Count(record => record.Kind == "NIK verification");
        var paidInvoices = findings.Payments.Select(payment => payment.InvoiceId).ToHashSet();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(loadDuration, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(30)), "at least 30 s of load");
            Assert.That(report.Errors, Is.Empty, "no request failed but those in flight on the instance when it was killed");
            // A worker has one request under way at a time; while the process dies (its sockets closed last) a worker whose
            // request was cut off may send its retry, or its next request, to the same dying instance: two at most.
            Assert.That(report.CutOffByTheKill, Has.Count.LessThanOrEqualTo(2 * MixedLoad.Concurrency), "at most two requests per worker were cut off by the kill");
            Assert.That(findings.WrongAnswers, Is.Empty, "every answer said what it should");
            Assert.That(report.Requests.Where(record => record.Started > readyAt && record.Ended < loadEnded).Select(record => record.ServedBy).Distinct(),
                Is.SupersetOf(new[] { "host1", "host2" }), "both instances served the load after the restart");

            // Idempotency across instances.
            Assert.That(findings.Retries.Count(retry => retry.Kind == "complaint filing"), Is.GreaterThan(10));
            Assert.That(findings.Retries.Count(retry => retry.Kind == "bank notification"), Is.GreaterThan(10));
            Assert.That(findings.Retries.Where(retry => !retry.AnsweredTheFirstAnswer).Select(retry => $"{retry.Kind}: {retry.First.Body} then {retry.Retry.Status} {retry.Retry.Body}"),
                Is.Empty, "every retry answered the first answer");
            // While one instance is down or starting again, a retry can only land where the first answer came from.
            Assert.That(findings.Retries.Count(retry => retry.Kind == "complaint filing" && retry.OnOtherInstance), Is.GreaterThan(10), "filing retries answered by the other instance");
            Assert.That(findings.Retries.Count(retry => retry.Kind == "bank notification" && retry.OnOtherInstance), Is.GreaterThan(10), "bank notifications repeated to the other instance");

            // Nothing lost that was answered 2xx.
            Assert.That(findings.FiledComplaints, Is.Not.Empty);
            Assert.That(unreadable, Is.Empty, "every complaint answered 201 can be read");
            Assert.That(findings.IssuedPermits.Select(permit => permit.Number).Where(number => !numbers.Contains(number)), Is.Empty, "every permit read as issued is in the register");
            Assert.That(findings.MatchedVerifications, Is.Not.Empty);
            Assert.That(verificationRows, Is.InRange(findings.MatchedVerifications.Count, findings.MatchedVerifications.Count + cutOffVerifications),
                "one access-trail row per verification answered, and at most one per verification cut off");

            // One payment per external id; each paid invoice paid once, and told once.
            Assert.That(notifications.Select(notification => notification.ExternalId), Is.Unique);
            Assert.That(findings.Payments.Select(payment => payment.ExternalId).Where(id => !notifications.Any(notification => notification.ExternalId == id)),
                Is.Empty, "every notification answered 200 is on record");
            Assert.That(paidInvoices.Where(id => !invoices.TryGetValue(Guid.Parse(id), out var status) || status != "paid"), Is.Empty, "every invoice the bank paid reads paid");
            Assert.That(notifications.Where(notification => notification.InvoiceId is not null && notification.Outcome == "paid")
                .GroupBy(notification => notification.InvoiceId).Where(group => group.Count() > 1).Select(group => group.Key), Is.Empty, "no invoice paid twice");
            Assert.That(paidInvoices.Where(id => invoicePaid.Count(message => message.Payload.Contains(id, StringComparison.OrdinalIgnoreCase)) != 1),
                Is.Empty, "one InvoicePaid per paid invoice");

            // Integration events: each delivered, each handled once by its one subscriber (Permits' inbox).
            Assert.That(backlog, Is.EqualTo((0L, 0L)), "the outboxes drained, nothing poisoned");
            Assert.That(invoicePaid.Where(message => !message.Processed || message.InboxRows != 1).Select(message => message.Id), Is.Empty,
                "each InvoicePaid delivered and handled once by Permits");
            Assert.That(await database.InboxRowsWithoutMessageAsync(), Is.Zero);
            Assert.That(issuedThroughTheOutbox, Is.EqualTo(findings.PaidApplications.Count), "every permit whose fee was paid is issued");

            // Webhooks: every event the partner app is owed came, signed, under one webhook-id, and is on record as delivered.
            Assert.That(webhooks.BadSignatures, Is.Zero, "every webhook was signed with the endpoint's secret");
            Assert.That(Undelivered(webhooks, expectedWebhooks), Is.Empty, "each filing and each issued permit told to the partner app");
            Assert.That(received.GroupBy(webhook => (webhook.Type, webhook.Subject, webhook.ToStatus)).Where(group => group.Count() > 1).Select(group => group.Key),
                Is.Empty, "one webhook-id per event: a replayed filing or a redelivered message made no second event");
            Assert.That(received.Where(webhook => webhook.RefusedFirst && webhook.Accepted == 0).Select(webhook => webhook.Id), Is.Empty,
                "every webhook refused once was retried and accepted");
            Assert.That(received.Count(webhook => webhook.RefusedFirst), Is.GreaterThan(0), "retries were part of the load");
            // Only a send in flight on the killed instance may come again (same webhook-id): at most its two per destination.
            Assert.That(received.Count(webhook => webhook.Accepted > 1), Is.LessThanOrEqualTo(2), "a webhook accepted twice only where the kill cut off its settling");
            Assert.That(deliveries.ByStatus, Is.EqualTo(new Dictionary<string, long> { ["delivered"] = received.Count }), "each delivery on record, delivered");
            Assert.That(deliveries.Attempts, Is.InRange(received.Sum(webhook => webhook.Attempts) - 2, received.Sum(webhook => webhook.Attempts)),
                "every request the receiver answered is an attempt on record (but those the kill cut off before they were settled)");

            // Permit numbers gap-free per type and year.
            Assert.That(sequences.Sum(sequence => sequence.Values.Count), Is.GreaterThan(5));
            foreach (var (type, year, values, lastValue) in sequences)
                Assert.That(values, Is.EqualTo(Enumerable.Range(1, lastValue)), $"{type} {year}: numbers 1 to {lastValue} without a gap");

            // Every audit chain intact.
            Assert.That(unsealed, Is.Zero, "every audit record sealed");
            foreach (var (module, verdict) in chains)
                Assert.That(verdict["intact"]?.GetValue<bool>(), Is.True, $"{module}: {verdict.ToJsonString()}");

            // Tokens: revoked through one instance, refused by the other within the bound.
            Assert.That(findings.Revocations, Is.Not.Empty);
            Assert.That(findings.Revocations.Where(revocation => revocation.Latency is null || revocation.Latency > RevocationBound), Is.Empty,
                "a revoked token is refused within 1 s");
            Assert.That(findings.Revocations.Count(revocation => revocation.RevokedBy != revocation.RefusedBy), Is.GreaterThan(0), "revoked on one, refused by the other");

            // Sign-in sessions across instances.
            Assert.That(officerSignIn, Is.EqualTo(new[] { "host1", "host1", "host2", "host1", "host2" }), "the officer's sign-in went back and forth");
            Assert.That(citizenSignIn, Is.EqualTo(new[] { "host2", "host2", "host1", "host2", "host1" }), "the citizen's sign-in, after the restart");
        }
    }

    /// <summary>The partner app subscribes its receiver to the events of what it files.</summary>
    private static async Task<Guid> SubscribeAsync(ClusterTraffic traffic, LoadActors actors, WebhookSink webhooks)
    {
        var answer = await traffic.SendAsync(
            "webhook subscription",
            () => new HttpRequestMessage(HttpMethod.Post, "api/v1/notifications/webhooks")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new
                {
                    url = webhooks.Url.ToString(),
                    eventTypes = new[] { "complaint.status_changed", "permit_application.status_changed" },
                    description = "partner app, two-instance test",
                }),
            },
            [201],
            actors.Partner);
        if (!answer.IsSuccess)
            throw new InvalidOperationException($"The subscription was refused: {answer.Status} {answer.Body}");
        webhooks.Secret = answer.Json["secret"]!.GetValue<string>();
        return Guid.Parse(answer.Json["id"]!.GetValue<string>());
    }

    /// <summary>What the partner app is owed at least: each complaint it filed as filed, each permit it got as issued.</summary>
    private static IReadOnlyList<(string Type, string Subject, string ToStatus)> ExpectedWebhooks(LoadFindings findings) =>
    [
        .. findings.FiledComplaints.Select(complaint => ("complaint.status_changed", complaint.Id, "submitted")),
        .. findings.IssuedPermits.Select(permit => ("permit_application.status_changed", permit.ApplicationId, "issued")).Distinct(),
    ];

    private static IReadOnlyList<string> Undelivered(WebhookSink webhooks, IReadOnlyList<(string Type, string Subject, string ToStatus)> expected)
    {
        var accepted = webhooks.Events.Where(webhook => webhook.Accepted > 0)
            .Select(webhook => (webhook.Type, Subject: webhook.Subject.ToLowerInvariant(), webhook.ToStatus)).ToHashSet();
        return [.. expected.Where(owed => !accepted.Contains((owed.Type, owed.Subject.ToLowerInvariant(), owed.ToStatus))).Select(owed => $"{owed.Type} {owed.Subject} {owed.ToStatus}")];
    }

    private static TimeSpan Max(TimeSpan first, TimeSpan second) => first > second ? first : second;

    private static async Task<Cluster> StartClusterAsync()
    {
        try
        {
            return await Cluster.StartAsync();
        }
        catch (IgnoreException exception)
        {
            SkipOrFailInCi(exception.Message);
            throw;
        }
    }

    /// <summary>Where a tool the test needs is missing it is skipped with the reason, except in CI, which installs both.</summary>
    private static void SkipOrFailInCi(string reason)
    {
        if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            Assert.Fail($"{reason}: in CI the two-instance test must run.");
        Assert.Ignore(reason);
    }

    private static async Task<string> TokenAsync(ClusterTraffic traffic, string clientId, string scopes)
    {
        var answer = await traffic.SendAsync("token issue", () => MixedLoad.TokenRequest(scopes, clientId), [200]);
        return answer.IsSuccess
            ? answer.Json["access_token"]!.GetValue<string>()
            : throw new InvalidOperationException($"No token for {clientId}: {answer.Status} {answer.Body}");
    }

    /// <summary>Waits until every application whose fee was paid is issued (the outbox carries InvoicePaid to Permits).</summary>
    private static async Task<int> WaitForPaidPermitsAsync(ClusterTraffic traffic, LoadActors actors, LoadFindings findings)
    {
        var issued = 0;
        foreach (var id in findings.PaidApplications)
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < SettleBudget)
            {
                var application = await traffic.SendAsync("permit read", () => new HttpRequestMessage(HttpMethod.Get, $"api/v1/permits/applications/{id}"), [200], actors.Partner);
                if (application.IsSuccess && application.Json["status"]?.GetValue<string>() == "issued")
                {
                    findings.IssuedPermits.Enqueue((id, application.Json["permit"]!["number"]!.GetValue<string>()));
                    issued++;
                    break;
                }

                await Task.Delay(250);
            }
        }

        return issued;
    }

    /// <summary>Reads every complaint answered 201 back through the load balancer; returns those that could not be.</summary>
    private static async Task<IReadOnlyList<string>> ReadBackComplaintsAsync(ClusterTraffic traffic, LoadActors actors, LoadFindings findings)
    {
        var unreadable = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await Parallel.ForEachAsync(findings.FiledComplaints, new ParallelOptions { MaxDegreeOfParallelism = MixedLoad.Concurrency }, async (complaint, _) =>
        {
            var read = await traffic.SendAsync("complaint read", () => new HttpRequestMessage(HttpMethod.Get, $"api/v1/complaints/{complaint.Id}"), [200], actors.Partner);
            if (!read.IsSuccess || read.Json["trackingCode"]?.GetValue<string>() != complaint.TrackingCode)
                unreadable.Enqueue($"{complaint.Id}: {read.Status} {read.Body}");
        });
        return unreadable.ToList();
    }

    private static async Task<T> WaitAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value) || clock.Elapsed > SettleBudget)
                return value;
            await Task.Delay(250);
        }
    }
}
