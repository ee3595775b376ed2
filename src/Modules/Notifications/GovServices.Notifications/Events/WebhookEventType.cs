using GovServices.BuildingBlocks.Messaging;

namespace GovServices.Notifications.Events;

/// <summary>
/// One type of event a webhook can carry: its name (<c>complaint.status_changed</c>), what it means, the integration
/// event it comes from (null for the module's own), the record sent as its <c>data</c>, and how to get the thin
/// payload, the audience and the time out of the integration event.
/// </summary>
internal sealed record WebhookEventType(
    string Name,
    string Summary,
    Type? ContractType,
    Type PayloadType,
    Func<object, object> ToPayload,
    Func<object, EventAudience> AudienceOf,
    Func<object, DateTimeOffset> OccurredAtOf)
{
    /// <summary>An event another module publishes through its outbox, naming its audience.</summary>
    public static WebhookEventType For<TEvent, TPayload>(string name, string summary, Func<TEvent, TPayload> payload, Func<TEvent, DateTimeOffset> occurredAt)
        where TEvent : IAudiencedEvent
        where TPayload : notnull =>
        new(name, summary, typeof(TEvent), typeof(TPayload), e => payload((TEvent)e), e => ((TEvent)e).Audience, e => occurredAt((TEvent)e));

    /// <summary>An event the module raises itself, not through another module's outbox.</summary>
    public static WebhookEventType Own<TPayload>(string name, string summary) =>
        new(name, summary, null, typeof(TPayload), e => e, _ => new EventAudience(null, null), _ => DateTimeOffset.MinValue);
}
