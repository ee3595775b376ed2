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
        // A template without a text for a channel (the digests: inbox and email only) is not sent there.
        foreach (var channel in channels.Where(channel => channel.IsConfigured && preferences.Allows(channel.Name)
                     && DefaultTemplates.Find(message.TemplateId, channel.Name, preferences.Language) is not null))
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
            var footer = message.ForStaff ? StaffFooter(preferences.Language) : OptOutFooter(preferences.Language);
            var outgoing = await RenderAsync(message, channel.Name, preferences.Language, address, values, footer, cancellationToken);
            await QueueAsync(userId, channel.Name, outgoing, message, cancellationToken);
        }
    }

    /// <summary>
    /// Someone known only by the contact a partner app gave with their consent (ADR 0067): an email address by email, a
    /// phone number by WhatsApp or, without it, by SMS; in Bahasa Indonesia; no inbox (they have no account). A contact
    /// that is neither is sent as given, so the channel records it once as a permanent failure.
    /// </summary>
    public async Task SendToContactAsync(string contact, PersonMessage message, CancellationToken cancellationToken)
    {
        var trimmed = contact.Trim();
        var configured = channels.Where(channel => channel.IsConfigured).Select(channel => channel.Name).ToHashSet(StringComparer.Ordinal);
        string? channelName;
        string address;
        if (trimmed.Contains('@', StringComparison.Ordinal))
        {
            channelName = configured.Contains(MessageChannels.Email) ? MessageChannels.Email : null;
            address = trimmed;
        }
        else
        {
            channelName = configured.Contains(MessageChannels.WhatsApp) ? MessageChannels.WhatsApp
                : configured.Contains(MessageChannels.Sms) ? MessageChannels.Sms : null;
            address = PhoneNumbers.ToE164(trimmed) ?? trimmed;
        }

        if (channelName is null)
            return;
        const string language = "id";
        var values = new Dictionary<string, string>(message.Values, StringComparer.Ordinal) { ["link"] = message.Link };
        var outgoing = await RenderAsync(message, channelName, language, address, values, ContactFooter, cancellationToken);
        await QueueAsync(null, RecipientKey.OfContact(address), channelName, outgoing, message, cancellationToken);
    }

    private async Task<OutgoingMessage> RenderAsync(
        PersonMessage message, string channel, string language, string address, Dictionary<string, string> values, string footer, CancellationToken cancellationToken)
    {
        var edited = await unitOfWork.QuerySingleOrDefaultAsync<MessageTemplateRow>(
            MessageTemplateSql.Select, new { id = message.TemplateId, channel, language }, cancellationToken);
        var template = edited?.ToTemplate() ?? DefaultTemplates.Find(message.TemplateId, channel, language)
            ?? throw new InvalidOperationException($"No template {message.TemplateId} for {channel} in {language}.");
        return template.Render(address, values, channel == MessageChannels.Email ? footer : null);
    }

    private Task QueueAsync(string userId, string channel, OutgoingMessage outgoing, PersonMessage message, CancellationToken cancellationToken) =>
        QueueAsync(userId, RecipientKey.OfUser(userId), channel, outgoing, message, cancellationToken);

    private async Task QueueAsync(string? userId, Guid recipient, string channel, OutgoingMessage outgoing, PersonMessage message, CancellationToken cancellationToken)
    {
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
                subject_ref = message.About,
                status = MessageStatus.Created,
                created_at = now,
                status_updated_at = now,
            },
            cancellationToken);
    }

    /// <summary>The footer of an email to a partner app's reporter: why they receive it and how to stop.</summary>
    private const string ContactFooter =
        "Anda menerima pesan ini karena melapor atau mengajukan izin melalui aplikasi mitra Pemkot Bontang dan meminta pemberitahuan. Untuk berhenti, minta aplikasi tersebut. / You receive this because you reported or applied through a partner app of the city; ask that app to stop it.";

    /// <summary>The footer of an email to staff about their work: why they receive it, and where they choose their channels.</summary>
    private string StaffFooter(string language) => language == "en"
        ? $"You receive this as staff of the city handling complaints. Choose your channels: {options.PreferencesUrl}"
        : $"Anda menerima pesan ini sebagai petugas Pemkot yang menangani pengaduan. Atur saluran: {options.PreferencesUrl}";

    /// <summary>The opt-out path every email carries (and its List-Unsubscribe header).</summary>
    private string OptOutFooter(string language) => language == "en"
        ? $"You receive this because you reported to the city. Choose your channels or stop emails: {options.PreferencesUrl}"
        : $"Anda menerima pesan ini karena melapor ke Pemkot. Atur atau hentikan email: {options.PreferencesUrl}";
}
