using System.Diagnostics;
using System.Net.Sockets;
using GovServices.Notifications.Delivery;
using MailKit;
using MailKit.Net.Smtp;
using MimeKit;

namespace GovServices.Notifications.Messages;

/// <summary>
/// Email over SMTP with MailKit: plain text and simple HTML, the message id as <c>Message-ID</c> (the same on every
/// attempt, so a mail server or reader can tell a repeat), a <c>List-Unsubscribe</c> to the preferences. A refused
/// address (5xx to the recipient) is a permanent failure; a server that is down or busy (4xx) is retried.
/// </summary>
internal sealed class EmailChannel(NotificationsOptions options) : INotificationChannel
{
    private EmailChannelOptions Email => options.Email;

    public string Name => MessageChannels.Email;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Email.Host);

    public bool ConfirmsByReceipt => false;

    public async Task<DeliveryOutcome> SendAsync(string messageId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        if (!MailboxAddress.TryParse(message.To, out var to) || !to.Address.Contains('@', StringComparison.Ordinal))
            return new DeliveryOutcome(DeliveryOutcomeKind.WillNotSend, null, Stopwatch.GetElapsedTime(started), "invalid_contact: not an email address");

        var mail = new MimeMessage { Subject = message.Subject, MessageId = $"{messageId}@{MessageIdDomain()}" };
        mail.From.Add(MailboxAddress.Parse(Email.From));
        mail.To.Add(to);
        mail.Headers.Add("List-Unsubscribe", $"<{options.PreferencesUrl}>");
        mail.Headers.Add("X-GovServices-Template", $"{message.TemplateId};v{message.TemplateVersion}");
        var body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html };
        mail.Body = body.ToMessageBody();

        using var client = new SmtpClient { Timeout = (int)Email.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(Email.Host!, Email.Port, Email.Security, cancellationToken);
            if (!string.IsNullOrEmpty(Email.UserName))
                await client.AuthenticateAsync(Email.UserName, Email.Password ?? "", cancellationToken);
            var answer = await client.SendAsync(mail, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return new DeliveryOutcome(DeliveryOutcomeKind.Delivered, 250, Stopwatch.GetElapsedTime(started), ResponseExcerpt: Excerpt(answer));
        }
        catch (SmtpCommandException refused) when (refused.ErrorCode == SmtpErrorCode.RecipientNotAccepted && (int)refused.StatusCode >= 500)
        {
            return new DeliveryOutcome(DeliveryOutcomeKind.WillNotSend, (int)refused.StatusCode, Stopwatch.GetElapsedTime(started), "invalid_contact: the mail server refused the address");
        }
        catch (SmtpCommandException failed)
        {
            return new DeliveryOutcome(DeliveryOutcomeKind.Retry, (int)failed.StatusCode, Stopwatch.GetElapsedTime(started), $"smtp {(int)failed.StatusCode}: {Excerpt(failed.Message)}");
        }
        catch (Exception unreachable) when (unreachable is SocketException or IOException or SmtpProtocolException or ServiceNotConnectedException
                                            or MailKit.Security.AuthenticationException or TimeoutException
                                            || (unreachable is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new DeliveryOutcome(DeliveryOutcomeKind.Retry, null, Stopwatch.GetElapsedTime(started), $"smtp: {unreachable.GetType().Name}: {Excerpt(unreachable.Message)}");
        }
    }

    private string MessageIdDomain()
    {
        var from = MailboxAddress.Parse(Email.From).Address;
        var at = from.IndexOf('@', StringComparison.Ordinal);
        return at >= 0 ? from[(at + 1)..] : "govservices.local";
    }

    private static string? Excerpt(string? text) => text is null || text.Length <= 500 ? text : text[..500];
}
