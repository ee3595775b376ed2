namespace GovServices.BuildingBlocks.Messaging;

/// <summary>One subscriber of one event type; <see cref="Consumer"/> names it in the subscriber's inbox.</summary>
internal sealed record IntegrationEventSubscription(
    string MessageType,
    Type EventType,
    Type HandlerType,
    string SubscriberSchema)
{
    public string Consumer => HandlerType.FullName!;

    public static string MessageTypeOf(Type eventType) => eventType.FullName!;
}
