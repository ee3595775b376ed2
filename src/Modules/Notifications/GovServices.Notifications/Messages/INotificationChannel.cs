using GovServices.Notifications.Delivery;

namespace GovServices.Notifications.Messages;

/// <summary>
/// One way of reaching a person (email, SMS, WhatsApp, the in-app inbox). It only talks to its provider; the delivery
/// engine (ADR 0047) claims, leases, retries and logs, and <see cref="MessageDeliveryChannel"/> keeps the message's
/// status. The message id is the idempotency key: the provider sees the same one on every attempt.
/// </summary>
internal interface INotificationChannel
{
    /// <summary>The <c>channel</c> value, one of <see cref="MessageChannels"/>.</summary>
    string Name { get; }

    /// <summary>False when the channel has no provider configured: no message is queued for it.</summary>
    bool IsConfigured { get; }

    /// <summary>True when the provider's acceptance is not delivery yet: a receipt (callback) says what became of it.</summary>
    bool ConfirmsByReceipt { get; }

    /// <summary>Sends once; the provider's failures are outcomes (an invalid contact is <see cref="DeliveryOutcomeKind.WillNotSend"/>).</summary>
    Task<DeliveryOutcome> SendAsync(string messageId, OutgoingMessage message, CancellationToken cancellationToken);
}
