using MailKit.Security;

namespace GovServices.Notifications.Messages;

/// <summary>The SMTP server messages are sent through (<c>Notifications:Email</c>); without a host, no email is sent.</summary>
internal sealed class EmailChannelOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>MailKit's <see cref="SecureSocketOptions"/>: <c>StartTls</c> (the default), <c>SslOnConnect</c>, <c>None</c> (a local development server only), <c>Auto</c>.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "Pemkot Bontang <no-reply@bontangkota.go.id>";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
