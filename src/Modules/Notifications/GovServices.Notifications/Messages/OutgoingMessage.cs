using System.Text.Json;

namespace GovServices.Notifications.Messages;

/// <summary>
/// What a delivery of a message channel carries (the delivery's payload, stored as sent so that every attempt sends
/// the same text): the address, the rendered texts and the template they came from.
/// </summary>
/// <param name="To">The email address, or the phone number in E.164 (<c>+62…</c>); the user id for the inbox.</param>
/// <param name="Subject">The email subject or the inbox title.</param>
/// <param name="Text">The plain text.</param>
/// <param name="Html">The email's HTML, every value in it escaped.</param>
/// <param name="TemplateId">The template (<c>complaint.verified</c>).</param>
/// <param name="TemplateVersion">Its version when rendered.</param>
/// <param name="Language"><c>id</c> or <c>en</c>.</param>
/// <param name="ProviderTemplate">The provider's approved template name (WhatsApp).</param>
/// <param name="Parameters">The template's values in the order its text uses them (WhatsApp's body parameters).</param>
internal sealed record OutgoingMessage(
    string To,
    string Subject,
    string Text,
    string? Html,
    string TemplateId,
    int TemplateVersion,
    string Language,
    string? ProviderTemplate,
    IReadOnlyList<string> Parameters)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static OutgoingMessage FromJson(string json) =>
        JsonSerializer.Deserialize<OutgoingMessage>(json, Json) ?? throw new InvalidOperationException("A message delivery has no payload.");
}
