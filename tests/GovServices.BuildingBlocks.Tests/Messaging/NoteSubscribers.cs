using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Messaging;

namespace GovServices.BuildingBlocks.Tests.Messaging;

/// <summary>A subscriber whose effect is a row in <c>sample.received_event</c>, written in the delivery's unit of work.</summary>
internal abstract class NoteSubscriber(IUnitOfWork unitOfWork, DeliveryLog log, string consumer) : IIntegrationEventHandler<NoteWritten>
{
    public async Task HandleAsync(NoteWritten integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        await unitOfWork.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO sample.received_event (message_id, consumer, body) VALUES (@message_id, @consumer, @body)",
            new { message_id = context.MessageId, consumer, body = integrationEvent.Body },
            unitOfWork.Transaction,
            cancellationToken: cancellationToken));
        log.Record(consumer, context.MessageId, integrationEvent);
    }
}

internal sealed class ArchiveSubscriber(IUnitOfWork unitOfWork, DeliveryLog log) : NoteSubscriber(unitOfWork, log, "archive");

internal sealed class NotifySubscriber(IUnitOfWork unitOfWork, DeliveryLog log) : NoteSubscriber(unitOfWork, log, "notify");
