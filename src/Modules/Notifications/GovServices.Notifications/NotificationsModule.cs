using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Modules;
using GovServices.Notifications.EventTypes;
using GovServices.Notifications.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Notifications;

/// <summary>
/// Notifications: what leaves the city's services on its own. Partner apps and OPD systems subscribe webhook endpoints
/// to the integration events they may see; one delivery engine (leased, retried, logged) sends them, and will send the
/// messages to citizens and staff too (issue 15). Owns the <c>notifications</c> schema.
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
    };

    public static IServiceCollection AddNotificationsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule(Descriptor);
        services.AddSingleton(NotificationsOptions.From(configuration));
        services.AddWebhookUrlGuard(configuration);
        services.AddSingleton<WebhookEventTypeSchemas>();
        return services;
    }

    /// <summary>The notifications endpoints under <c>/api/v1/notifications</c>.</summary>
    public static IEndpointRouteBuilder MapNotificationsModule(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(NotificationsApiPaths.Group).WithTags("Notifications");
        group.MapListEventTypes();
        return endpoints;
    }
}
