namespace GovServices.Notifications.Messages;

/// <summary>The WhatsApp Business Cloud API (<c>Notifications:WhatsApp</c>); without a phone number id, no WhatsApp message is sent.</summary>
internal sealed class WhatsAppChannelOptions
{
    /// <summary>The Graph API's base, with its version.</summary>
    public Uri BaseUrl { get; set; } = new("https://graph.facebook.com/v21.0/");

    /// <summary>The business phone number's id: messages go to <c>{BaseUrl}/{PhoneNumberId}/messages</c>.</summary>
    public string? PhoneNumberId { get; set; }

    public string? AccessToken { get; set; }

    /// <summary>The app secret that signs the status webhook (<c>X-Hub-Signature-256</c>).</summary>
    public string? AppSecret { get; set; }

    /// <summary>The token Meta sends when the webhook is registered (<c>hub.verify_token</c>).</summary>
    public string? VerifyToken { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
