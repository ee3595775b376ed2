namespace GovServices.Notifications.Messages;

/// <summary>A row of <c>notifications.message</c>.</summary>
internal sealed class MessageRow
{
    public string Id { get; init; } = "";

    public string Channel { get; init; } = "";

    public Guid RecipientKey { get; init; }

    public string? UserId { get; init; }

    public Guid EventId { get; init; }

    public string TemplateId { get; init; } = "";

    public int TemplateVersion { get; init; }

    public string Language { get; init; } = "";

    public string? Address { get; init; }

    public string? Subject { get; init; }

    public string? Body { get; init; }

    public string? Link { get; init; }

    public string Status { get; init; } = "";

    public string? StatusReason { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset StatusUpdatedAt { get; init; }

    public DateTimeOffset? ReadAt { get; init; }
}
