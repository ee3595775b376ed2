using System.Diagnostics;
using System.Text.Json;
using GovServices.BuildingBlocks.Data;

namespace GovServices.BuildingBlocks.Messaging;

internal sealed class Outbox(IUnitOfWork unitOfWork, OutboxSignal signal, TimeProvider clock) : IOutbox
{
    public Task EnqueueAsync<TEvent>(string schema, TEvent integrationEvent, CancellationToken cancellationToken = default)
        where TEvent : IIntegrationEvent
    {
        var now = clock.GetUtcNow();
        if (unitOfWork.IsActive)
            unitOfWork.OnCommitted(signal.Pulse);
        return unitOfWork.ExecuteAsync(
            OutboxSql.Enqueue(schema),
            new
            {
                id = Guid.CreateVersion7(now),
                message_type = IntegrationEventSubscription.MessageTypeOf(typeof(TEvent)),
                payload = JsonSerializer.Serialize(integrationEvent, MessagingJson.Options),
                occurred_at = now,
                trace_parent = Activity.Current?.Id,
            },
            cancellationToken);
    }
}
