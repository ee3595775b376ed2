namespace GovServices.Notifications.Webhooks;

/// <summary>A row of <c>notifications.webhook_endpoint</c>; the secrets as stored (protected).</summary>
internal sealed class WebhookEndpointRow
{
    public Guid Id { get; init; }

    public string OwnerClientId { get; init; } = "";

    public string? OwnerOpd { get; init; }

    public string Url { get; init; } = "";

    public string? Description { get; init; }

    public string EventTypes { get; init; } = "[]";

    public string Status { get; init; } = WebhookEndpointStatus.Active;

    public string? DisabledReason { get; init; }

    public DateTimeOffset? DisabledAt { get; init; }

    public DateTimeOffset? FailingSince { get; init; }

    public string Secret { get; init; } = "";

    public string? PreviousSecret { get; init; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public int Version { get; init; }
}
