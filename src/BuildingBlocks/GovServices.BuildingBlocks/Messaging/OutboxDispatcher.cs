using System.Data.Common;
using System.Text.Json;
using Dapper;
using GovServices.BuildingBlocks.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovServices.BuildingBlocks.Messaging;

/// <summary>
/// Delivers one batch of a module's outbox to the subscribers. Rows are claimed with a lease, so several
/// dispatchers (threads or host instances) never deliver the same message at the same time; a dispatcher that
/// dies mid-batch leaves its lease to expire and another one takes over. Subscribers record each delivery in
/// their inbox, so a message delivered again has no second effect. A dispatcher that stops (the host shuts down) hands
/// back the leases of what it claimed and did not deliver, so another instance takes it over at once.
/// </summary>
internal sealed partial class OutboxDispatcher(
    IDbConnectionFactory connections,
    IServiceScopeFactory scopes,
    IEnumerable<IntegrationEventSubscription> subscriptions,
    OutboxOptions options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    private readonly ILookup<string, IntegrationEventSubscription> _subscribers =
        subscriptions.ToLookup(subscription => subscription.MessageType);

    /// <summary>Claims and delivers up to one batch; returns how many messages it claimed.</summary>
    public async Task<int> DispatchBatchAsync(string schema, CancellationToken cancellationToken)
    {
        var leaseOwner = Guid.NewGuid().ToString("N");
        var claimed = await ClaimAsync(schema, leaseOwner, cancellationToken);
        var delivered = new List<OutboxMessage>(claimed.Count);
        var settled = 0;
        try
        {
            foreach (var message in claimed)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (await DeliverAsync(schema, message, leaseOwner, cancellationToken))
                    delivered.Add(message);
                settled++;
            }
        }
        finally
        {
            // One write for the whole batch, also when stopping: what was delivered is not delivered again.
            await MarkProcessedAsync(schema, delivered, leaseOwner);
            // Stopping: what is left goes back now rather than when the lease runs out; inboxes absorb a repeat.
            if (settled < claimed.Count)
                await ReleaseLeasesAsync(schema, leaseOwner);
        }

        return claimed.Count;
    }

    private async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(string schema, string leaseOwner, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                OutboxSql.Claim(schema, connections.Dialect),
                new { now, batch_size = options.BatchSize, lease_owner = leaseOwner, lease_expires_at = now + options.LeaseDuration },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);

        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var messages = await connection.QueryAsync<OutboxMessage>(new CommandDefinition(
            OutboxSql.SelectClaimed(schema),
            new { lease_owner = leaseOwner },
            cancellationToken: cancellationToken));
        return messages.ToList();
    }

    /// <summary>Delivers one message to its subscribers; false when a subscriber failed (the failure is recorded).</summary>
    private async Task<bool> DeliverAsync(string schema, OutboxMessage message, string leaseOwner, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var subscription in _subscribers[message.MessageType])
                await DeliverToAsync(subscription, message, cancellationToken);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the batch hands the message back and it is delivered again; inboxes absorb the repeat.
            throw;
        }
        catch (Exception exception)
        {
            LogDeliveryFailed(exception, message.MessageType, message.Id, message.Attempts + 1);
            await RecordFailureAsync(schema, message, leaseOwner, exception, cancellationToken);
            return false;
        }
    }

    private async Task DeliverToAsync(IntegrationEventSubscription subscription, OutboxMessage message, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync(cancellationToken);
        try
        {
            var firstDelivery = await unitOfWork.ExecuteAsync(
                OutboxSql.RecordDelivery(subscription.SubscriberSchema, unitOfWork.Dialect),
                new { message_id = message.Id, consumer = subscription.Consumer, handled_at = clock.GetUtcNow() },
                cancellationToken) == 1;

            if (firstDelivery)
            {
                var integrationEvent = JsonSerializer.Deserialize(message.Payload, subscription.EventType, MessagingJson.Options)
                    ?? throw new InvalidOperationException($"Message {message.Id} has an empty payload.");
                var handler = scope.ServiceProvider.GetRequiredService(subscription.HandlerType);
                var context = new IntegrationEventContext(message.Id, message.OccurredAt, message.Attempts + 1);
                await InvokeAsync(handler, integrationEvent, context, cancellationToken);
            }

            // The subscriber's work is done: keep it even if the host is stopping right now.
            await unitOfWork.CommitAsync(CancellationToken.None);
        }
        catch
        {
            await unitOfWork.RollbackAsync(CancellationToken.None);
            throw;
        }
    }

    private static Task InvokeAsync(object handler, object integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        var handlerInterface = typeof(IIntegrationEventHandler<>).MakeGenericType(integrationEvent.GetType());
        var handle = handlerInterface.GetMethod(nameof(IIntegrationEventHandler<IIntegrationEvent>.HandleAsync))!;
        return (Task)handle.Invoke(handler, [integrationEvent, context, cancellationToken])!;
    }

    private async Task MarkProcessedAsync(string schema, IReadOnlyList<OutboxMessage> delivered, string leaseOwner)
    {
        if (delivered.Count == 0)
            return;

        var now = clock.GetUtcNow();
        await WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                OutboxSql.MarkProcessed(schema),
                delivered.Select(message => new { id = message.Id, lease_owner = leaseOwner, now }),
                transaction)),
            CancellationToken.None);
    }

    private Task ReleaseLeasesAsync(string schema, string leaseOwner) =>
        WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                OutboxSql.ReleaseLeases(schema), new { lease_owner = leaseOwner }, transaction)),
            CancellationToken.None);

    private async Task RecordFailureAsync(string schema, OutboxMessage message, string leaseOwner, Exception exception, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var attempts = message.Attempts + 1;
        var poisoned = attempts >= options.MaxAttempts;
        await WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                OutboxSql.RecordFailure(schema),
                new
                {
                    id = message.Id,
                    lease_owner = leaseOwner,
                    attempts,
                    next_attempt_at = now + RetryDelay(attempts),
                    poisoned_at = poisoned ? now : (DateTimeOffset?)null,
                    last_error = $"{exception.GetType().Name}: {exception.Message}",
                },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    /// <summary>
    /// The dispatcher's own bookkeeping, in a unit of work of its own, so that on SQLite it takes its turn among the
    /// process's writers (ADR 0021): an autocommit UPDATE outside the queue met every queued command in SQLite's busy
    /// handler, which sleeps, and at 32 concurrent filings that made the outbox a fifth of the host's work
    /// (docs/benchmarks.md).
    /// </summary>
    private async Task WriteAsync(Func<DbConnection, DbTransaction, Task<int>> write, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync(cancellationToken);
        await write(unitOfWork.Connection, unitOfWork.Transaction);
        await unitOfWork.CommitAsync(cancellationToken);
    }

    // Exponential backoff from 2 seconds, capped.
    private TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(Math.Pow(2, attempts), options.MaxRetryDelay.TotalSeconds));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering {MessageType} {MessageId} failed (attempt {Attempt})")]
    private partial void LogDeliveryFailed(Exception exception, string messageType, Guid messageId, int attempt);
}
