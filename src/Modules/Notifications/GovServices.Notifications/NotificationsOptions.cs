using GovServices.Notifications.Messages;
using Microsoft.Extensions.Configuration;

namespace GovServices.Notifications;

/// <summary>The notifications' settings (section <c>Notifications</c>).</summary>
internal sealed record NotificationsOptions
{
    public const string SectionName = "Notifications";

    /// <summary>How long the previous signing secret stays valid (and is signed with) after a rotation.</summary>
    public TimeSpan SecretRotationOverlap { get; init; } = TimeSpan.FromHours(24);

    /// <summary>How long a receiver has to answer one webhook request.</summary>
    public TimeSpan WebhookTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the delivery worker looks for due deliveries when nothing woke it earlier.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a claim on a delivery lasts; after it, another instance may take the delivery over.</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How many deliveries one instance sends at once, in total.</summary>
    public int MaxConcurrentDeliveries { get; init; } = 16;

    /// <summary>How many deliveries one instance sends at once to one destination (one webhook endpoint).</summary>
    public int MaxConcurrentDeliveriesPerDestination { get; init; } = 2;

    /// <summary>How long deliveries and their attempts are kept; replay reaches back at most this far.</summary>
    public TimeSpan DeliveryRetention { get; init; } = TimeSpan.FromDays(30);

    /// <summary>How often an instance deletes deliveries older than <see cref="DeliveryRetention"/>.</summary>
    public TimeSpan RetentionInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How long message bodies are kept (<c>Notifications:BodyRetention</c>); who, when, template and status stay.</summary>
    public TimeSpan BodyRetention { get; init; } = TimeSpan.FromDays(7);

    /// <summary>How long a message's metadata is kept.</summary>
    public TimeSpan MessageRetention { get; init; } = TimeSpan.FromDays(365);

    /// <summary>Messages per second each instance sends to a channel's provider (<c>Notifications:RateLimits:email|sms|whatsapp</c>); absent or 0: no limit.</summary>
    public IReadOnlyDictionary<string, double> ChannelRates { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>How long before an unpaid invoice expires its payer is reminded (<c>Notifications:InvoiceReminder:Lead</c>).</summary>
    public TimeSpan InvoiceReminderLead { get; init; } = TimeSpan.FromDays(2);

    /// <summary>How often an instance looks for invoices to remind of (<c>Notifications:InvoiceReminder:Interval</c>).</summary>
    public TimeSpan InvoiceReminderInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>When each day's staff digests go, in the city's time (WITA) (<c>Notifications:Digests:At</c>).</summary>
    public TimeOnly DigestsAt { get; init; } = new(7, 0);

    /// <summary>The public address of the service, for the links in messages (<c>Notifications:PublicBaseUrl</c>).</summary>
    public Uri PublicBaseUrl { get; init; } = new("http://127.0.0.1:5080/");

    /// <summary>Where a person chooses their channels or opts out (in every email's footer and List-Unsubscribe).</summary>
    public string PreferencesUrl => new Uri(PublicBaseUrl, "api/v1/notifications/me/preferences").ToString();

    public EmailChannelOptions Email { get; init; } = new();

    public SmsChannelOptions Sms { get; init; } = new();

    public WhatsAppChannelOptions WhatsApp { get; init; } = new();

    public static NotificationsOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        var defaults = new NotificationsOptions();
        var options = new NotificationsOptions
        {
            SecretRotationOverlap = section.GetValue("Webhooks:SecretRotationOverlap", defaults.SecretRotationOverlap),
            WebhookTimeout = section.GetValue("Webhooks:Timeout", defaults.WebhookTimeout),
            PollInterval = section.GetValue("Delivery:PollInterval", defaults.PollInterval),
            LeaseDuration = section.GetValue("Delivery:LeaseDuration", defaults.LeaseDuration),
            MaxConcurrentDeliveries = section.GetValue("Delivery:MaxConcurrency", defaults.MaxConcurrentDeliveries),
            MaxConcurrentDeliveriesPerDestination = section.GetValue("Delivery:MaxConcurrencyPerDestination", defaults.MaxConcurrentDeliveriesPerDestination),
            DeliveryRetention = section.GetValue("Delivery:Retention", defaults.DeliveryRetention),
            RetentionInterval = section.GetValue("Delivery:RetentionInterval", defaults.RetentionInterval),
            BodyRetention = section.GetValue("BodyRetention", defaults.BodyRetention),
            MessageRetention = section.GetValue("MessageRetention", defaults.MessageRetention),
            ChannelRates = section.GetSection("RateLimits").GetChildren()
                .ToDictionary(child => child.Key.ToLowerInvariant(), child => child.Get<double>(), StringComparer.Ordinal),
            InvoiceReminderLead = section.GetValue("InvoiceReminder:Lead", defaults.InvoiceReminderLead),
            InvoiceReminderInterval = section.GetValue("InvoiceReminder:Interval", defaults.InvoiceReminderInterval),
            DigestsAt = section.GetValue("Digests:At", defaults.DigestsAt),
            PublicBaseUrl = section.GetValue<string>("PublicBaseUrl") is { Length: > 0 } baseUrl
                ? new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", UriKind.Absolute)
                : defaults.PublicBaseUrl,
            Email = section.GetSection("Email").Get<EmailChannelOptions>() ?? new(),
            Sms = section.GetSection("Sms").Get<SmsChannelOptions>() ?? new(),
            WhatsApp = section.GetSection("WhatsApp").Get<WhatsAppChannelOptions>() ?? new(),
        };
        if (options.SecretRotationOverlap < TimeSpan.Zero)
            throw new InvalidOperationException("Notifications:Webhooks:SecretRotationOverlap must not be negative.");
        if (options.WebhookTimeout <= TimeSpan.Zero || options.PollInterval <= TimeSpan.Zero || options.LeaseDuration <= TimeSpan.Zero
            || options.DeliveryRetention <= TimeSpan.Zero || options.RetentionInterval <= TimeSpan.Zero
            || options.BodyRetention <= TimeSpan.Zero || options.MessageRetention < options.BodyRetention
            || options.InvoiceReminderLead <= TimeSpan.Zero || options.InvoiceReminderInterval <= TimeSpan.Zero)
            throw new InvalidOperationException("Notifications: timeouts, intervals, the lease and the retention must be positive.");
        foreach (var (channel, perSecond) in options.ChannelRates)
        {
            if (perSecond < 0)
                throw new InvalidOperationException($"Notifications:RateLimits:{channel} must not be negative.");
            // A full line of waiting messages must drain well within the lease, or a waiting one could be taken over and sent twice.
            if (perSecond > 0 && options.MaxConcurrentDeliveries / perSecond >= options.LeaseDuration.TotalSeconds / 2)
                throw new InvalidOperationException(
                    $"Notifications:RateLimits:{channel} ({perSecond}/s) is too slow for Delivery:MaxConcurrency {options.MaxConcurrentDeliveries} within half the lease of {options.LeaseDuration}: raise the rate or the lease, or lower the concurrency.");
        }

        if (options.MaxConcurrentDeliveries < 1 || options.MaxConcurrentDeliveriesPerDestination < 1)
            throw new InvalidOperationException("Notifications:Delivery:MaxConcurrency and MaxConcurrencyPerDestination must be at least 1.");
        return options;
    }
}
