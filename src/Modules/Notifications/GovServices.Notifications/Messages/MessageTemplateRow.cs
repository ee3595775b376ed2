namespace GovServices.Notifications.Messages;

/// <summary>A row of <c>notifications.message_template</c>: an admin's edit of a shipped template.</summary>
internal sealed class MessageTemplateRow
{
    public string Id { get; init; } = "";

    public string Channel { get; init; } = "";

    public string Language { get; init; } = "";

    public int Version { get; init; }

    public string Subject { get; init; } = "";

    public string Body { get; init; } = "";

    public string? ProviderTemplate { get; init; }

    public MessageTemplate ToTemplate() => new(Id, Channel, Language, Version, Subject, Body, ProviderTemplate);
}
