using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;
using GovServices.Notifications.Webhooks;
using Mediator;

namespace GovServices.Notifications.RotateWebhookSecret;

/// <summary>
/// The owner replaces an endpoint's signing secret. The old one keeps signing beside the new one for
/// <see cref="NotificationsOptions.SecretRotationOverlap"/>, so the receiver can switch without losing an event.
/// </summary>
internal sealed record RotateWebhookSecretCommand(Guid Id) : ICommand<Result<WebhookEndpointDetails>>;

internal sealed class RotateWebhookSecretHandler(
    IUnitOfWork unitOfWork, IAuditTrail auditTrail, ICurrentActor actor, WebhookSecrets secrets, NotificationsOptions options, TimeProvider clock)
    : ICommandHandler<RotateWebhookSecretCommand, Result<WebhookEndpointDetails>>
{
    public async ValueTask<Result<WebhookEndpointDetails>> Handle(RotateWebhookSecretCommand command, CancellationToken cancellationToken)
    {
        var current = await WebhookEndpointLookup.FindManageableAsync(unitOfWork, actor, command.Id, cancellationToken);
        if (current is null)
            return WebhookEndpointAccess.NotFound(command.Id);

        var now = clock.GetUtcNow();
        var secret = WebhookSecrets.Generate();
        var expiresAt = now + options.SecretRotationOverlap;
        var rotated = await unitOfWork.ExecuteAsync(
            WebhookEndpointSql.RotateSecret,
            new
            {
                id = current.Id,
                secret = secrets.Protect(secret),
                previous_secret = current.Secret,
                previous_secret_expires_at = expiresAt,
                updated_at = now,
                expected_version = current.Version,
            },
            cancellationToken);
        if (rotated == 0)
            return UpdateWebhook.UpdateWebhookHandler.Stale(current.Version + 1);

        await auditTrail.RecordAsync(
            NotificationsModule.Schema,
            new AuditEvent("webhook_endpoint.secret_rotated", "webhook_endpoint", current.Id.ToString(), Details: new { previousSecretExpiresAt = expiresAt }),
            cancellationToken);
        var row = await unitOfWork.QuerySingleAsync<WebhookEndpointRow>(WebhookEndpointSql.Select, new { id = current.Id }, cancellationToken);
        return WebhookEndpointDetails.From(row, secret);
    }
}
