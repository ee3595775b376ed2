namespace GovServices.Notifications.Events;

/// <summary>
/// One type of event a webhook can carry: its name (<c>complaint.status_changed</c>), what it means, the integration
/// event it comes from (null for the module's own), the record sent as its <c>data</c>, and how to get both the
/// thin payload and the audience out of the integration event.
/// </summary>
internal sealed record WebhookEventType(
    string Name,
    string Summary,
    Type? ContractType,
    Type PayloadType,
    Func<object, object> ToPayload,
    Func<object, WebhookAudience> AudienceOf,
    Func<object, DateTimeOffset> OccurredAtOf)
{
    public static WebhookEventType For<TEvent, TPayload>(
        string name, string summary, Func<TEvent, TPayload> payload, Func<TEvent, WebhookAudience> audience, Func<TEvent, DateTimeOffset> occurredAt)
        where TPayload : notnull =>
        new(name, summary, typeof(TEvent), typeof(TPayload), e => payload((TEvent)e), e => audience((TEvent)e), e => occurredAt((TEvent)e));

    /// <summary>An event the module raises itself, not through another module's outbox.</summary>
    public static WebhookEventType Own<TPayload>(string name, string summary) =>
        new(name, summary, null, typeof(TPayload), e => e, _ => new WebhookAudience(null, null), _ => DateTimeOffset.MinValue);
}
