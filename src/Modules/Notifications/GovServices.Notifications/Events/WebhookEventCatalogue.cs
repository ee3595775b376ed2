using GovServices.Complaints.Contracts;

namespace GovServices.Notifications.Events;

/// <summary>
/// Every event a webhook can carry, in one place: adding one is a line here and its handler interface on
/// <see cref="WebhookFanOut"/>. The list endpoint and the OpenAPI <c>webhooks</c> section read it too.
/// </summary>
internal static class WebhookEventCatalogue
{
    public const string EndpointDisabled = "webhook_endpoint.disabled";
    public const string Test = "webhook.test";

    public static readonly IReadOnlyList<WebhookEventType> All =
    [
        WebhookEventType.For<ComplaintStatusChanged, ComplaintStatusChangedData>(
            "complaint.status_changed",
            "A complaint was filed or moved to another status.",
            e => new ComplaintStatusChangedData(e.ComplaintId, e.TrackingCode, e.FromStatus, e.ToStatus, e.Category, e.Opd),
            // The filing client is not in this contract yet (event-contracts.md adds it): until then only the OPD's endpoints hear it.
            e => new WebhookAudience(null, e.Opd),
            e => e.OccurredAt),
        WebhookEventType.Own<WebhookEndpointDisabledData>(
            EndpointDisabled,
            "One of your endpoints was disabled by the service: it answered 410 Gone, or failed for 3 days."),
        WebhookEventType.Own<WebhookTestData>(
            Test,
            "A ping sent with POST …/webhooks/{id}/test; always delivered to the endpoint pinged, whatever it subscribes to."),
    ];

    private static readonly Dictionary<string, WebhookEventType> ByName = All.ToDictionary(type => type.Name, StringComparer.Ordinal);

    private static readonly Dictionary<Type, WebhookEventType> ByContract = All
        .Where(type => type.ContractType is not null)
        .ToDictionary(type => type.ContractType!);

    /// <summary>The names an endpoint may subscribe to (every one but the ping).</summary>
    public static IReadOnlyList<string> Subscribable { get; } = [.. All.Where(type => type.Name != Test).Select(type => type.Name)];

    public static bool IsSubscribable(string name) => ByName.ContainsKey(name) && name != Test;

    public static WebhookEventType Named(string name) => ByName[name];

    public static WebhookEventType For<TEvent>() => ByContract[typeof(TEvent)];
}
