using System.Diagnostics;
using System.Text.Json;
using GovServices.BuildingBlocks.Data;

namespace GovServices.BuildingBlocks.Messaging;

internal sealed class Outbox(IUnitOfWork unitOfWork, OutboxSignal signal, OutboxOptions options, TimeProvider clock) : IOutbox
{
    public Task EnqueueAsync<TEvent>(string schema, TEvent integrationEvent, CancellationToken cancellationToken = default)
        where TEvent : IIntegrationEvent
    {
        if (options.WakeOnCommit && unitOfWork.IsActive)
            unitOfWork.OnCommitted(signal.Pulse);
        return unitOfWork.ExecuteAsync(OutboxSql.Enqueue(schema), Row(integrationEvent, clock.GetUtcNow()), cancellationToken);
    }

    /// <summary>The parameters of <see cref="OutboxSql.Enqueue"/> for one event; its type names it to subscribers.</summary>
    public static object Row<TEvent>(TEvent integrationEvent, DateTimeOffset now)
        where TEvent : IIntegrationEvent => new
        {
            id = Guid.CreateVersion7(now),
            message_type = IntegrationEventSubscription.MessageTypeOf(typeof(TEvent)),
            payload = JsonSerializer.Serialize(integrationEvent, MessagingJson.Options),
            occurred_at = now,
            trace_parent = Activity.Current?.Id,
        };
}
