using FluentValidation;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Messaging;
using GovServices.BuildingBlocks.Modules;
using GovServices.CivilRegistry.Contracts;
using GovServices.Complaints.Contracts;
using GovServices.Payments.Contracts;
using GovServices.Permits.Contracts;
using GovServices.Notifications.ChangeWebhookStatus;
using GovServices.Notifications.CreateWebhook;
using GovServices.Notifications.DeleteWebhook;
using GovServices.Notifications.Delivery;
using GovServices.Notifications.Events;
using GovServices.Notifications.EventTypes;
using GovServices.Notifications.GetDelivery;
using GovServices.Notifications.GetWebhook;
using GovServices.Notifications.ListDeliveries;
using GovServices.Notifications.ListMessagesAbout;
using GovServices.Notifications.ListMyMessages;
using GovServices.Notifications.ListWebhooks;
using GovServices.Notifications.MarkMessageRead;
using GovServices.Notifications.Messages;
using GovServices.Notifications.MyPreferences;
using GovServices.Notifications.ProviderReceipts;
using GovServices.Notifications.ReplayDeliveries;
using GovServices.Notifications.RetryDelivery;
using GovServices.Notifications.RotateWebhookSecret;
using GovServices.Notifications.Staff;
using GovServices.Notifications.Templates;
using GovServices.Notifications.TestWebhook;
using GovServices.Notifications.UpdateWebhook;
using GovServices.Notifications.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Notifications;

/// <summary>
/// Notifications: what leaves the city's services on its own. Partner apps and OPD systems subscribe webhook endpoints
/// to the integration events they may see; one delivery engine (leased, retried, logged) sends them, and sends the
/// messages to citizens too: email, SMS, WhatsApp and an in-app inbox (issue 15). Owns the <c>notifications</c> schema.
/// </summary>
public static class NotificationsModule
{
    internal const string Schema = "notifications";

    /// <summary>What the module declares to the host: schema, API path, scopes and who receives them.</summary>
    public static ModuleDescriptor Descriptor { get; } = new("Notifications", new ModuleSchema(Schema, typeof(NotificationsModule).Assembly), NotificationsApiPaths.Group)
    {
        Scopes = NotificationsScopes.All,
        ScopesByRole = NotificationsScopes.ByRole,
        ScopesByDemoClient = NotificationsScopes.ByDemoClient,
        RateLimitPolicies = [NotificationsRateLimits.ProviderCallbacksPolicy],
    };

    public static IServiceCollection AddNotificationsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule(Descriptor);
        var options = NotificationsOptions.From(configuration);
        services.AddSingleton(options);
        services.AddWebhookUrlGuard(configuration);
        services.AddSingleton<WebhookEventTypeSchemas>();
        services.AddSingleton<WebhookSecrets>();
        services.AddSingleton<DeliverySignal>();
        services.AddSingleton<DeliveryMetrics>();
        services.AddSingleton<DeliveryQueue>();
        services.AddScoped<WebhookEndpointDisabling>();
        services.AddScoped<IDeliveryChannel, WebhookChannel>();
        // Its primary handler is the SSRF guard's (WebhookHttpHandler: no redirects, connections checked).
        services.AddHttpClient(WebhookChannel.HttpClientName, client => client.Timeout = options.WebhookTimeout);
        AddMessageChannels(services, options);
        services.AddHostedService<DeliveryWorker>();
        services.AddHostedService<DeliveryRetentionWorker>();
        services.AddIntegrationEventHandler<ComplaintStatusChanged, WebhookFanOut>(Schema);
        services.AddIntegrationEventHandler<ComplaintCommented, WebhookFanOut>(Schema);
        services.AddIntegrationEventHandler<PermitApplicationStatusChanged, WebhookFanOut>(Schema);
        services.AddIntegrationEventHandler<InvoiceIssued, WebhookFanOut>(Schema);
        services.AddIntegrationEventHandler<InvoicePaid, WebhookFanOut>(Schema);
        services.AddIntegrationEventHandler<InvoiceExpired, WebhookFanOut>(Schema);
        services.AddIntegrationEventHandler<InvoiceCancelled, WebhookFanOut>(Schema);
        services.AddIntegrationEventHandler<RefundIssued, WebhookFanOut>(Schema);
        services.AddIntegrationEventHandler<ResidentImportCompleted, WebhookFanOut>(Schema);
        services.AddIntegrationEventHandler<ComplaintStatusChanged, MessageFanOut>(Schema);
        services.AddIntegrationEventHandler<ComplaintCommented, MessageFanOut>(Schema);
        services.AddIntegrationEventHandler<ComplaintSurveyRequested, MessageFanOut>(Schema);
        services.AddIntegrationEventHandler<PermitApplicationStatusChanged, PermitMessageFanOut>(Schema);
        services.AddIntegrationEventHandler<InvoicePaid, PayerMessageFanOut>(Schema);
        services.AddIntegrationEventHandler<RefundIssued, PayerMessageFanOut>(Schema);
        services.AddHostedService<InvoiceReminderWorker>();
        services.AddIntegrationEventHandler<ComplaintStageOverdue, StaffMessageFanOut>(Schema);
        services.AddSingleton<StaffDigests>();
        services.AddHostedService<StaffDigestWorker>();
        services.AddScoped<IValidator<CreateWebhookCommand>, CreateWebhookValidator>();
        services.AddScoped<IValidator<UpdateWebhookCommand>, UpdateWebhookValidator>();
        services.AddScoped<IValidator<ListWebhooksQuery>, ListWebhooksValidator>();
        services.AddScoped<IValidator<ListDeliveriesQuery>, ListDeliveriesValidator>();
        services.AddScoped<IValidator<ListMyMessagesQuery>, ListMyMessagesValidator>();
        services.AddScoped<IValidator<ListMessagesAboutQuery>, ListMessagesAboutValidator>();
        services.AddScoped<IValidator<SetMyPreferencesCommand>, SetMyPreferencesValidator>();
        services.AddScoped<IValidator<UpdateTemplateCommand>, UpdateTemplateValidator>();
        return services;
    }

    /// <summary>The message channels (ADR 0052): each a notification channel and, wrapped, a channel of the one delivery engine.</summary>
    private static void AddMessageChannels(IServiceCollection services, NotificationsOptions options)
    {
        services.AddSingleton<ChannelRateLimits>();
        services.AddSingleton<INotificationChannel, InboxChannel>();
        services.AddSingleton<INotificationChannel, EmailChannel>();
        services.AddSingleton<INotificationChannel, WhatsAppChannel>();
        services.AddSingleton<INotificationChannel, SmsChannel>();
        foreach (var name in MessageChannels.All)
        {
            services.AddScoped<IDeliveryChannel>(provider => new MessageDeliveryChannel(
                provider.GetServices<INotificationChannel>().Single(channel => channel.Name == name),
                provider.GetRequiredService<ChannelRateLimits>(),
                provider.GetRequiredService<TimeProvider>()));
        }

        services.AddHttpClient(SmsChannel.HttpClientName, client => client.Timeout = options.Sms.Timeout);
        services.AddHttpClient(WhatsAppChannel.HttpClientName, client => client.Timeout = options.WhatsApp.Timeout);
        services.AddScoped<MessageComposer>();
    }

    /// <summary>The notifications endpoints under <c>/api/v1/notifications</c>.</summary>
    public static IEndpointRouteBuilder MapNotificationsModule(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(NotificationsApiPaths.Group).WithTags("Notifications");
        group.MapCreateWebhook();
        group.MapListWebhooks();
        group.MapGetWebhook();
        group.MapUpdateWebhook();
        group.MapChangeWebhookStatus();
        group.MapDeleteWebhook();
        group.MapTestWebhook();
        group.MapRotateWebhookSecret();
        group.MapListDeliveries();
        group.MapGetDelivery();
        group.MapRetryDelivery();
        group.MapReplayDeliveries();
        group.MapListEventTypes();
        group.MapListMessagesAbout();
        group.MapListMyMessages();
        group.MapMarkMessageRead();
        group.MapMyPreferences();
        group.MapProviderReceipts();
        group.MapTemplates();
        return endpoints;
    }
}
