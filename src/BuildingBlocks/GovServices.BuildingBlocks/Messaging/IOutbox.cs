namespace GovServices.BuildingBlocks.Messaging;

/// <summary>
/// Writes integration events into the publishing module's outbox, inside the current unit of work: the event
/// exists exactly when the change that caused it was committed.
/// </summary>
public interface IOutbox
{
    Task EnqueueAsync<TEvent>(string schema, TEvent integrationEvent, CancellationToken cancellationToken = default)
        where TEvent : IIntegrationEvent;
}
