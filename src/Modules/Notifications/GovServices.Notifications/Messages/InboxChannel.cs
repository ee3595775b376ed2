using GovServices.Notifications.Delivery;

namespace GovServices.Notifications.Messages;

/// <summary>The in-app inbox (<c>GET /api/v1/notifications/me</c>): the message row is the inbox, so sending is done at once.</summary>
internal sealed class InboxChannel : INotificationChannel
{
    public string Name => MessageChannels.Inbox;

    public bool IsConfigured => true;

    public bool ConfirmsByReceipt => false;

    public Task<DeliveryOutcome> SendAsync(string messageId, OutgoingMessage message, CancellationToken cancellationToken) =>
        Task.FromResult(new DeliveryOutcome(DeliveryOutcomeKind.Delivered, null, TimeSpan.Zero));
}
