using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovServices.Notifications.Webhooks;

internal static class WebhookUrlGuardServiceCollectionExtensions
{
    /// <summary>The SSRF guard, and the webhook HttpClient whose connections it checks.</summary>
    public static IServiceCollection AddWebhookUrlGuard(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(provider => WebhookUrlGuardOptions.From(configuration, provider.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton(WebhookUrlGuard.SystemResolver);
        services.AddSingleton<WebhookUrlGuard>();
        services.AddSingleton<IWebhookUrlGuard>(provider => provider.GetRequiredService<WebhookUrlGuard>());
        services.AddHttpClient(WebhookHttpHandler.ClientName)
            .ConfigurePrimaryHttpMessageHandler(provider => WebhookHttpHandler.Create(
                provider.GetRequiredService<WebhookUrlGuard>(), provider.GetRequiredService<NotificationsOptions>().WebhookTimeout));
        return services;
    }
}
