namespace GovServices.Notifications.Messages;

/// <summary>
/// Which channels a person is reached on besides the in-app inbox, and in which language. The defaults, until they
/// choose: email and WhatsApp yes, SMS no (it costs the city per message and WhatsApp reaches the same phone), Bahasa
/// Indonesia.
/// </summary>
/// <param name="Email">Messages by email, to the address the person signs in with.</param>
/// <param name="Sms">Messages by SMS, to the phone number of their account.</param>
/// <param name="WhatsApp">Messages by WhatsApp, to the phone number of their account.</param>
/// <param name="Language"><c>id</c> (Bahasa Indonesia) or <c>en</c>.</param>
internal sealed record MessagePreferences(bool Email, bool Sms, bool WhatsApp, string Language)
{
    public static readonly MessagePreferences Default = new(Email: true, Sms: false, WhatsApp: true, Language: "id");

    public static readonly IReadOnlyList<string> Languages = ["id", "en"];

    public bool Allows(string channel) => channel switch
    {
        MessageChannels.Inbox => true,
        MessageChannels.Email => Email,
        MessageChannels.Sms => Sms,
        MessageChannels.WhatsApp => WhatsApp,
        _ => false,
    };
}
