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
/// their inbox, so a message delivered again has no second effect.
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
        foreach (var message in claimed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await DeliverAsync(schema, message, leaseOwner, cancellationToken);
        }

        return claimed.Count;
    }

    private async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(string schema, string leaseOwner, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var claim = connections.Dialect.ClaimRows(
            table: $"{schema}.outbox_message",
            filter: """
                    processed_at IS NULL
                    AND poisoned_at IS NULL
                    AND next_attempt_at <= @now
                    AND (lease_expires_at IS NULL OR lease_expires_at < @now)
                    """,
            orderBy: "occurred_at, id",
            limitParameter: "batch_size",
            assignments: "lease_owner = @lease_owner, lease_expires_at = @lease_expires_at");
        await connection.ExecuteAsync(new CommandDefinition(
            claim,
            new { now, batch_size = options.BatchSize, lease_owner = leaseOwner, lease_expires_at = now + options.LeaseDuration },
            cancellationToken: cancellationToken));

        var messages = await connection.QueryAsync<OutboxMessage>(new CommandDefinition(
            $"""
            SELECT id, message_type, payload, occurred_at, attempts
            FROM {schema}.outbox_message
            WHERE lease_owner = @lease_owner
              AND processed_at IS NULL
            ORDER BY occurred_at, id
            """,
            new { lease_owner = leaseOwner },
            cancellationToken: cancellationToken));
        return messages.ToList();
    }

    private async Task DeliverAsync(string schema, OutboxMessage message, string leaseOwner, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var subscription in _subscribers[message.MessageType])
                await DeliverToAsync(subscription, message, cancellationToken);

            await MarkProcessedAsync(schema, message, leaseOwner, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the lease runs out and the message is delivered again; inboxes absorb the repeat.
            throw;
        }
        catch (Exception exception)
        {
            LogDeliveryFailed(exception, message.MessageType, message.Id, message.Attempts + 1);
            await RecordFailureAsync(schema, message, leaseOwner, exception, cancellationToken);
        }
    }

    private async Task DeliverToAsync(IntegrationEventSubscription subscription, OutboxMessage message, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync(cancellationToken);
        try
        {
            var inboxInsert = unitOfWork.Dialect.InsertIfAbsent(
                $"{subscription.SubscriberSchema}.inbox_message",
                ["message_id", "consumer", "handled_at"],
                ["message_id", "consumer"]);
            var firstDelivery = await unitOfWork.Connection.ExecuteAsync(new CommandDefinition(
                inboxInsert,
                new { message_id = message.Id, consumer = subscription.Consumer, handled_at = clock.GetUtcNow() },
                unitOfWork.Transaction,
                cancellationToken: cancellationToken)) == 1;

            if (firstDelivery)
            {
                var integrationEvent = JsonSerializer.Deserialize(message.Payload, subscription.EventType, MessagingJson.Options)
                    ?? throw new InvalidOperationException($"Message {message.Id} has an empty payload.");
                var handler = scope.ServiceProvider.GetRequiredService(subscription.HandlerType);
                var context = new IntegrationEventContext(message.Id, message.OccurredAt, message.Attempts + 1);
                await InvokeAsync(handler, integrationEvent, context, cancellationToken);
            }

            await unitOfWork.CommitAsync(cancellationToken);
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

    private async Task MarkProcessedAsync(string schema, OutboxMessage message, string leaseOwner, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            UPDATE {schema}.outbox_message
            SET processed_at = @now, attempts = attempts + 1, lease_owner = NULL, lease_expires_at = NULL, last_error = NULL
            WHERE id = @id
              AND lease_owner = @lease_owner
            """,
            new { id = message.Id, lease_owner = leaseOwner, now = clock.GetUtcNow() },
            cancellationToken: cancellationToken));
    }

    private async Task RecordFailureAsync(string schema, OutboxMessage message, string leaseOwner, Exception exception, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var attempts = message.Attempts + 1;
        var poisoned = attempts >= options.MaxAttempts;
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            UPDATE {schema}.outbox_message
            SET attempts = @attempts,
                next_attempt_at = @next_attempt_at,
                poisoned_at = @poisoned_at,
                last_error = @last_error,
                lease_owner = NULL,
                lease_expires_at = NULL
            WHERE id = @id
              AND lease_owner = @lease_owner
            """,
            new
            {
                id = message.Id,
                lease_owner = leaseOwner,
                attempts,
                next_attempt_at = now + RetryDelay(attempts),
                poisoned_at = poisoned ? now : (DateTimeOffset?)null,
                last_error = $"{exception.GetType().Name}: {exception.Message}",
            },
            cancellationToken: cancellationToken));
    }

    // Exponential backoff from 2 seconds, capped.
    private TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(Math.Pow(2, attempts), options.MaxRetryDelay.TotalSeconds));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering {MessageType} {MessageId} failed (attempt {Attempt})")]
    private partial void LogDeliveryFailed(Exception exception, string messageType, Guid messageId, int attempt);
}
