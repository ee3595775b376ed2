using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Notifications.Webhooks;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Notifications.RotateWebhookSecret;

internal static class RotateWebhookSecretEndpoint
{
    private const string RotateWebhookSecretDescription = "A new signing secret, shown in this answer only. Until previousSecretExpiresAt (Notifications:Webhooks:SecretRotationOverlap, default 24 h) every webhook carries two signatures, one per secret, space-separated; then only the new one. Audited.";

    public static IEndpointRouteBuilder MapRotateWebhookSecret(this IEndpointRouteBuilder group)
    {
        group.MapPost(NotificationsApiPaths.WebhookRotateSecret, async (Guid id, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RotateWebhookSecretCommand(id), cancellationToken)).Match(endpoint =>
                {
                    response.SetETag(endpoint.Version);
                    return TypedResults.Ok(endpoint);
                }))
            .RequireScope(NotificationsScopes.Manage)
            .Describe("RotateWebhookSecret", "Rotate a webhook endpoint's signing secret", RotateWebhookSecretDescription)
            .Produces<WebhookEndpointDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
