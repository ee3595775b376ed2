using System.Net.Http.Json;
using GovServices.Notifications.Delivery;

namespace GovServices.Notifications.Messages;

/// <summary>
/// SMS through a JSON-over-HTTPS gateway, the request shape of common Indonesian gateways: <c>POST {Url}</c> with the
/// token in its header and <c>{"to": "+62…", "message": "…", "reference": "msg_…"}</c>; the reference (and the
/// <c>Idempotency-Key</c> header) is the message id, the same on every attempt, and comes back in the gateway's
/// signed delivery receipt.
/// </summary>
internal sealed class SmsChannel(IHttpClientFactory clients, NotificationsOptions options) : INotificationChannel
{
    public const string HttpClientName = "GovServices.Notifications.Sms";

    public string Name => MessageChannels.Sms;

    public bool IsConfigured => options.Sms.Url is not null;

    public bool ConfirmsByReceipt => true;

    public async Task<DeliveryOutcome> SendAsync(string messageId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var to = PhoneNumbers.ToE164(message.To);
        if (to is null)
            return new DeliveryOutcome(DeliveryOutcomeKind.WillNotSend, null, TimeSpan.Zero, "invalid_contact: not a phone number");

        using var request = new HttpRequestMessage(HttpMethod.Post, options.Sms.Url)
        {
            Content = JsonContent.Create(new SmsRequest(to, message.Text, messageId)),
        };
        if (!string.IsNullOrEmpty(options.Sms.Token))
            request.Headers.TryAddWithoutValidation(options.Sms.TokenHeader, options.Sms.Token);
        request.Headers.TryAddWithoutValidation("Idempotency-Key", messageId);
        return await ProviderAnswers.PostAsync(clients.CreateClient(HttpClientName), request, cancellationToken);
    }

    private sealed record SmsRequest(string To, string Message, string Reference);
}
