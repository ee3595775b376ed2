namespace GovServices.Notifications.Messages;

/// <summary>The channels of messages to people (ADR 0052); each is a <c>channel</c> value of the delivery engine.</summary>
internal static class MessageChannels
{
    public const string Email = "email";
    public const string Sms = "sms";
    public const string WhatsApp = "whatsapp";
    public const string Inbox = "inbox";

    public static readonly IReadOnlyList<string> All = [Inbox, Email, WhatsApp, Sms];
}
