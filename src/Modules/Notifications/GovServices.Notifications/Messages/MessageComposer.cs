using GovServices.BuildingBlocks.Data;
using GovServices.Identity.Contracts;
using GovServices.Notifications.Delivery;

namespace GovServices.Notifications.Messages;

/// <summary>
/// Queues one message per channel a person is reached on — the inbox always, email, WhatsApp and SMS by their
/// preferences, when the channel has a provider and the person a contact — inside the caller's unit of work (a
/// fan-out handler's, with the outbox's inbox row). Each message is a delivery of the one engine (ADR 0047) and a
/// <c>message</c> row with its template, version and status; an event queued again adds nothing.
/// </summary>
internal sealed class MessageComposer(
    IUnitOfWork unitOfWork,
    DeliveryQueue queue,
    IEnumerable<INotificationChannel> channels,
    NotificationsOptions options,
    TimeProvider clock)
{
    public async Task SendToUserAsync(string userId, PersonContact? contact, PersonMessage message, CancellationToken cancellationToken)
    {
        var row = await unitOfWork.QuerySingleOrDefaultAsync<MessagePreferenceRow>(MessageSql.SelectPreference, new { user_id = userId }, cancellationToken);
        var preferences = row?.ToPreferences() ?? MessagePreferences.Default;
        var values = new Dictionary<string, string>(message.Values, StringComparer.Ordinal) { ["link"] = message.Link };
        foreach (var channel in channels.Where(channel => channel.IsConfigured && preferences.Allows(channel.Name)))
        {
            var address = channel.Name switch
            {
                MessageChannels.Inbox => userId,
                MessageChannels.Email => contact?.Email,
                _ => contact?.Phone,
            };
            if (string.IsNullOrWhiteSpace(address))
                continue;
            // A number that cannot be normalised is sent as given: the channel records it once as a permanent failure.
            if (channel.Name is MessageChannels.Sms or MessageChannels.WhatsApp)
                address = PhoneNumbers.ToE164(address) ?? address;
            var edited = await unitOfWork.QuerySingleOrDefaultAsync<MessageTemplateRow>(
                MessageTemplateSql.Select, new { id = message.TemplateId, channel = channel.Name, language = preferences.Language }, cancellationToken);
            var template = edited?.ToTemplate() ?? DefaultTemplates.Find(message.TemplateId, channel.Name, preferences.Language)
                ?? throw new InvalidOperationException($"No template {message.TemplateId} for {channel.Name} in {preferences.Language}.");
            var outgoing = template.Render(address, values, channel.Name == MessageChannels.Email ? OptOutFooter(preferences.Language) : null);
            await QueueAsync(userId, channel.Name, outgoing, message, cancellationToken);
        }
    }

    private async Task QueueAsync(string userId, string channel, OutgoingMessage outgoing, PersonMessage message, CancellationToken cancellationToken)
    {
        var recipient = RecipientKey.OfUser(userId);
        var id = await queue.EnqueueAsync(unitOfWork, channel, recipient, message.EventId, message.TemplateId, outgoing.ToJson(), message.OccurredAt, cancellationToken);
        if (id is null)
            return;
        var now = clock.GetUtcNow();
        await unitOfWork.ExecuteAsync(
            MessageSql.Insert(unitOfWork.Dialect),
            new
            {
                id,
                channel,
                recipient_key = recipient,
                user_id = userId,
                event_id = message.EventId,
                template_id = outgoing.TemplateId,
                template_version = outgoing.TemplateVersion,
                language = outgoing.Language,
                address = channel == MessageChannels.Inbox ? null : outgoing.To,
                subject = outgoing.Subject,
                body = outgoing.Text,
                link = message.Link,
                status = MessageStatus.Created,
                created_at = now,
                status_updated_at = now,
            },
            cancellationToken);
    }

    /// <summary>The opt-out path every email carries (and its List-Unsubscribe header).</summary>
    private string OptOutFooter(string language) => language == "en"
        ? $"You receive this because you reported to the city. Choose your channels or stop emails: {options.PreferencesUrl}"
        : $"Anda menerima pesan ini karena melapor ke Pemkot. Atur atau hentikan email: {options.PreferencesUrl}";
}
