namespace GovServices.BuildingBlocks.Messaging;

/// <summary>
/// A subscriber to an integration event. It runs inside a unit of work on the subscriber's own schema, together
/// with the inbox row that records the delivery, so its effect happens once however often the event arrives.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken);
}
