namespace GovServices.Notifications.Messages;

/// <summary>The SMS gateway (<c>Notifications:Sms</c>); without a URL, no SMS is sent.</summary>
internal sealed class SmsChannelOptions
{
    /// <summary>The gateway's send URL (https): it is POSTed <c>{"to": "+62…", "message": "…", "reference": "msg_…"}</c>.</summary>
    public Uri? Url { get; set; }

    /// <summary>The header that carries <see cref="Token"/>, as the gateway names it.</summary>
    public string TokenHeader { get; set; } = "Authorization";

    public string? Token { get; set; }

    /// <summary>The secret the gateway signs its delivery receipts with (HMAC-SHA256 of the body, <c>X-Signature: sha256=…</c>).</summary>
    public string? CallbackSecret { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
