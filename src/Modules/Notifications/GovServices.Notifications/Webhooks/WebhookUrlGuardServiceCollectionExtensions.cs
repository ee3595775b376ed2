using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http;

namespace GovServices.Notifications.Webhooks;

internal static class WebhookUrlGuardServiceCollectionExtensions
{
    /// <summary>
    /// The SSRF guard, and the primary handler of the webhook HttpClient whose connections it checks. Set as a
    /// post-configuration so that it is the handler whatever else configures the client, in whichever order.
    /// </summary>
    public static IServiceCollection AddWebhookUrlGuard(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(provider => WebhookUrlGuardOptions.From(configuration, provider.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton(WebhookUrlGuard.SystemResolver);
        services.AddSingleton<WebhookUrlGuard>();
        services.AddSingleton<IWebhookUrlGuard>(provider => provider.GetRequiredService<WebhookUrlGuard>());
        services.AddHttpClient(WebhookHttpHandler.ClientName);
        services.PostConfigure<HttpClientFactoryOptions>(WebhookHttpHandler.ClientName, factory =>
            factory.HttpMessageHandlerBuilderActions.Add(handler => handler.PrimaryHandler = WebhookHttpHandler.Create(
                handler.Services.GetRequiredService<WebhookUrlGuard>(),
                handler.Services.GetRequiredService<NotificationsOptions>().WebhookTimeout)));
        return services;
    }
}
