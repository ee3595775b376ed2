namespace GovServices.Notifications.Webhooks;

/// <summary>A webhook endpoint; its ETag is the version to send in If-Match when changing it.</summary>
/// <param name="Id">The endpoint.</param>
/// <param name="Url">Where events are POSTed.</param>
/// <param name="Description">Its owner's note.</param>
/// <param name="EventTypes">The event types it receives (GET /api/v1/notifications/event-types).</param>
/// <param name="Status"><c>active</c> or <c>disabled</c>.</param>
/// <param name="DisabledReason">Why it is disabled: <c>manual</c>, <c>gone</c> (it answered 410) or <c>failing</c> (3 days of failures).</param>
/// <param name="DisabledAt">When it was disabled (UTC).</param>
/// <param name="OwnerClientId">The client that created it and manages it.</param>
/// <param name="Opd">The OPD it is bound to (from the creating token's <c>opd</c> claim): it also receives that OPD's events.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
/// <param name="PreviousSecretExpiresAt">During a rotation overlap, until when the previous secret still signs.</param>
/// <param name="Secret">The signing secret (<c>whsec_…</c>): only in the answers of create and rotate-secret, never again.</param>
internal sealed record WebhookEndpointDetails(
    Guid Id,
    string Url,
    string? Description,
    IReadOnlyList<string> EventTypes,
    string Status,
    string? DisabledReason,
    DateTimeOffset? DisabledAt,
    string OwnerClientId,
    string? Opd,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PreviousSecretExpiresAt,
    string? Secret = null)
{
    internal int Version { get; init; }

    public static WebhookEndpointDetails From(WebhookEndpointRow row, string? secret = null) =>
        new(row.Id, row.Url, row.Description, WebhookEventTypes.FromJson(row.EventTypes), row.Status, row.DisabledReason, row.DisabledAt,
            row.OwnerClientId, row.OwnerOpd, row.CreatedAt, row.UpdatedAt, row.PreviousSecretExpiresAt, secret)
        {
            Version = row.Version,
        };
}
