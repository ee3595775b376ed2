namespace GovServices.Notifications.Webhooks;

/// <summary>What an owner sets on an endpoint, on creation and on each (full) update.</summary>
/// <param name="Url">Where to POST events: https outside Development.</param>
/// <param name="EventTypes">Event types to receive, at least one (GET /api/v1/notifications/event-types).</param>
/// <param name="Description">A note for the owner, at most 500 characters.</param>
internal sealed record WebhookEndpointFields(string? Url, IReadOnlyList<string>? EventTypes, string? Description);
