using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Notifications.EventTypes;

internal static class ListEventTypesEndpoint
{
    private const string ListEventTypesDescription = "Every type of event a webhook can carry: its name (the body's type), when it is sent in English and Bahasa Indonesia, whether an endpoint may subscribe to it, and the JSON Schema of the body's data. The same types are the document's webhooks section. docs/webhooks.md tells how to receive and verify them.";

    public static IEndpointRouteBuilder MapListEventTypes(this IEndpointRouteBuilder group)
    {
        group.MapGet(NotificationsApiPaths.EventTypes, (WebhookEventTypeSchemas schemas) => TypedResults.Ok(schemas.List))
            .AllowPublicAccess("Documentation of the webhooks: integrators read it before they hold a token, as they read the OpenAPI document.")
            .RequireRateLimiting(RateLimitPolicies.Public)
            .Describe("ListWebhookEventTypes", "The types of event a webhook can carry", ListEventTypesDescription)
            .Produces<WebhookEventTypeList>();
        return group;
    }
}
