using System.Text.Json;

namespace GovServices.Notifications.EventTypes;

/// <summary>One type of event a webhook can carry.</summary>
/// <param name="Name">The <c>type</c> of the webhook's body, e.g. <c>complaint.status_changed</c>.</param>
/// <param name="Summary">When it is sent, in English and Bahasa Indonesia.</param>
/// <param name="Subscribable">Whether an endpoint may subscribe to it (<c>webhook.test</c> is sent only on request).</param>
/// <param name="DataSchema">The JSON Schema (draft 2020-12) of the body's <c>data</c>.</param>
internal sealed record WebhookEventTypeDescription(string Name, WebhookEventTypeSummary Summary, bool Subscribable, JsonElement DataSchema);

/// <summary>A summary in both languages.</summary>
/// <param name="En">In English.</param>
/// <param name="Id">In Bahasa Indonesia.</param>
internal sealed record WebhookEventTypeSummary(string En, string Id);

/// <summary>Every type of event a webhook can carry.</summary>
/// <param name="Items">The types, in the catalogue's order.</param>
internal sealed record WebhookEventTypeList(IReadOnlyList<WebhookEventTypeDescription> Items);
