namespace GovServices.Notifications.Messages;

/// <summary>A row of <c>notifications.message_preference</c>.</summary>
internal sealed class MessagePreferenceRow
{
    public string UserId { get; init; } = "";

    public bool Email { get; init; }

    public bool Sms { get; init; }

    public bool WhatsApp { get; init; }

    public string Language { get; init; } = "id";

    public MessagePreferences ToPreferences() => new(Email, Sms, WhatsApp, Language);
}
