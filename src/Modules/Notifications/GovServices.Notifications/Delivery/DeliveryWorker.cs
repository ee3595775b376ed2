using System.Collections.Concurrent;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovServices.Notifications.Delivery;

/// <summary>
/// Sends due deliveries of every channel (ADR 0047). It claims them with a lease, as the outbox does, so instances
/// never send one attempt twice and a dead instance's deliveries are taken over with the same id once its lease
/// runs out; a stopping worker hands its leases back at once. At most <see cref="NotificationsOptions.MaxConcurrentDeliveries"/>
/// are in flight, at most <see cref="NotificationsOptions.MaxConcurrentDeliveriesPerDestination"/> to one destination,
/// so a receiver that hangs holds two slots, not the host. It wakes on <see cref="DeliverySignal"/> and polls otherwise.
/// </summary>
internal sealed partial class DeliveryWorker(
    IServiceScopeFactory scopes,
    DeliverySignal signal,
    DeliveryMetrics metrics,
    NotificationsOptions options,
    TimeProvider clock,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _destinations = new();
    private readonly ConcurrentDictionary<string, Task> _inFlight = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var pulse = signal.Next();
                var free = options.MaxConcurrentDeliveries - _inFlight.Count;
                var claimed = 0;
                if (free > 0)
                {
                    try
                    {
                        claimed = await ClaimAndStartAsync(free, stoppingToken);
                    }
                    catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                    {
                        break;
                    }
                    catch (Exception exception)
                    {
                        // The database may be briefly unreachable; the next poll tries again.
                        LogClaimFailed(exception);
                    }
                }

                if (claimed == 0 || claimed == free)
                {
                    // Polling is about when to look, not about due times (those are on the clock): real time, so an
                    // instance on a test's fake clock still looks every poll interval.
                    await WakeUpSignal.WaitAsync(pulse, options.PollInterval, TimeProvider.System, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }
            }
        }
        finally
        {
            // Each send sees the stopping token, hands its lease back and ends.
            await Task.WhenAll(_inFlight.Values).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task<int> ClaimAndStartAsync(int batchSize, CancellationToken stoppingToken)
    {
        var leaseOwner = Guid.NewGuid().ToString("N");
        var now = clock.GetUtcNow();
        IReadOnlyList<DeliveryRow> claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(stoppingToken);
            await unitOfWork.ExecuteAsync(
                DeliverySql.Claim(unitOfWork.Dialect),
                new { now, batch_size = batchSize, lease_owner = leaseOwner, lease_expires_at = now + options.LeaseDuration },
                stoppingToken);
            claimed = [.. await unitOfWork.QueryAsync<DeliveryRow>(DeliverySql.SelectClaimed, new { lease_owner = leaseOwner }, stoppingToken)];
            await unitOfWork.CommitAsync(stoppingToken);
        }

        foreach (var delivery in claimed)
        {
            var sending = SendAsync(delivery, leaseOwner, stoppingToken);
            _inFlight[delivery.Id] = sending;
            _ = sending.ContinueWith(
                _ =>
                {
                    _inFlight.TryRemove(delivery.Id, out var _);
                    signal.Pulse();
                },
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }

        return claimed.Count;
    }

    private async Task SendAsync(DeliveryRow delivery, string leaseOwner, CancellationToken stoppingToken)
    {
        await Task.Yield();
        var destination = _destinations.GetOrAdd(delivery.DestinationId, _ => new SemaphoreSlim(options.MaxConcurrentDeliveriesPerDestination));
        var entered = false;
        try
        {
            await destination.WaitAsync(stoppingToken);
            entered = true;
            // One scope per delivery: the channel's consequences (an audit record) join the unit of work that settles it.
            await using var scope = scopes.CreateAsyncScope();
            var channel = scope.ServiceProvider.GetServices<IDeliveryChannel>().SingleOrDefault(candidate => candidate.Name == delivery.Channel)
                ?? throw new InvalidOperationException($"No channel {delivery.Channel} is registered.");

            var attemptedAt = clock.GetUtcNow();
            var outcome = await channel.SendAsync(delivery, stoppingToken);
            await SettleAsync(scope.ServiceProvider.GetRequiredService<IUnitOfWork>(), channel, delivery, leaseOwner, attemptedAt, outcome);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await ReleaseAsync(delivery, leaseOwner);
        }
        catch (Exception exception)
        {
            // Its lease runs out and it is tried again; nothing of it is lost.
            LogSendFailed(exception, delivery.Id);
        }
        finally
        {
            if (entered)
                destination.Release();
        }
    }

    private async Task SettleAsync(IUnitOfWork unitOfWork, IDeliveryChannel channel, DeliveryRow delivery, string leaseOwner, DateTimeOffset attemptedAt, DeliveryOutcome outcome)
    {
        var now = clock.GetUtcNow();
        var attempts = delivery.Attempts + 1;
        var firstAttemptedAt = delivery.FirstAttemptedAt ?? attemptedAt;
        DateTimeOffset? next = outcome.Kind == DeliveryOutcomeKind.Retry ? channel.NextAttemptAt(attempts, firstAttemptedAt, now, outcome.RetryAfter) : null;
        var gaveUp = outcome.Kind == DeliveryOutcomeKind.Retry && next is null;
        var status = outcome.Kind switch
        {
            DeliveryOutcomeKind.Delivered => DeliveryStatus.Delivered,
            DeliveryOutcomeKind.Retry when !gaveUp => DeliveryStatus.Pending,
            DeliveryOutcomeKind.Retry => DeliveryStatus.Failed,
            _ => DeliveryStatus.WillNotSend,
        };

        // Settling is the delivery's own bookkeeping: it completes even while the host stops.
        await unitOfWork.BeginAsync(CancellationToken.None);
        var settled = await unitOfWork.ExecuteAsync(
            DeliverySql.Settle,
            new
            {
                id = delivery.Id,
                lease_owner = leaseOwner,
                status,
                attempts,
                next_attempt_at = next ?? delivery.NextAttemptAt,
                attempted_at = attemptedAt,
                delivered_at = outcome.Kind == DeliveryOutcomeKind.Delivered ? now : (DateTimeOffset?)null,
                last_status_code = outcome.StatusCode,
            },
            CancellationToken.None);
        if (settled == 0)
        {
            // The lease ran out and another instance took the delivery over: its attempt is the one that counts.
            await unitOfWork.RollbackAsync(CancellationToken.None);
            return;
        }

        await unitOfWork.ExecuteAsync(
            DeliverySql.InsertAttempt(unitOfWork.Dialect),
            new
            {
                delivery_id = delivery.Id,
                attempt = attempts,
                attempted_at = attemptedAt,
                status_code = outcome.StatusCode,
                duration_ms = (int)Math.Min(int.MaxValue, outcome.Duration.TotalMilliseconds),
                error = Truncate(outcome.Error, 1000),
                response_excerpt = outcome.ResponseExcerpt,
            },
            CancellationToken.None);
        await channel.SettledAsync(unitOfWork, delivery, outcome, gaveUp, now, CancellationToken.None);
        await unitOfWork.CommitAsync(CancellationToken.None);

        metrics.Attempted(channel.Name, gaveUp ? DeliveryStatus.Failed : outcome.Kind switch
        {
            DeliveryOutcomeKind.Delivered => DeliveryStatus.Delivered,
            DeliveryOutcomeKind.Retry => "retry",
            DeliveryOutcomeKind.Gone => "gone",
            _ => DeliveryStatus.WillNotSend,
        });
        if (outcome.Kind == DeliveryOutcomeKind.Delivered)
            metrics.Delivered(channel.Name, now - delivery.OccurredAt);
    }

    private async Task ReleaseAsync(DeliveryRow delivery, string leaseOwner)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(CancellationToken.None);
            await unitOfWork.ExecuteAsync(DeliverySql.Release, new { id = delivery.Id, lease_owner = leaseOwner }, CancellationToken.None);
            await unitOfWork.CommitAsync(CancellationToken.None);
        }
        catch (Exception exception)
        {
            // The lease then simply runs out.
            LogReleaseFailed(exception, delivery.Id);
        }
    }

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];

    [LoggerMessage(Level = LogLevel.Error, Message = "Claiming due deliveries failed")]
    private partial void LogClaimFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending delivery {DeliveryId} failed; it is tried again when its lease runs out")]
    private partial void LogSendFailed(Exception exception, string deliveryId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handing back the lease of delivery {DeliveryId} failed; it runs out instead")]
    private partial void LogReleaseFailed(Exception exception, string deliveryId);
}
