using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;
using GovServices.Notifications.Webhooks;
using Mediator;

namespace GovServices.Notifications.ChangeWebhookStatus;

/// <summary>
/// The owner disables an endpoint (nothing is sent to it; what falls due meanwhile will not be sent, and can be
/// replayed) or enables it again, also after the service disabled it.
/// </summary>
internal sealed record ChangeWebhookStatusCommand(Guid Id, bool Enable) : ICommand<Result<WebhookEndpointDetails>>;

internal sealed class ChangeWebhookStatusHandler(IUnitOfWork unitOfWork, IAuditTrail auditTrail, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<ChangeWebhookStatusCommand, Result<WebhookEndpointDetails>>
{
    public async ValueTask<Result<WebhookEndpointDetails>> Handle(ChangeWebhookStatusCommand command, CancellationToken cancellationToken)
    {
        var current = await WebhookEndpointLookup.FindManageableAsync(unitOfWork, actor, command.Id, cancellationToken);
        if (current is null)
            return WebhookEndpointAccess.NotFound(command.Id);

        var wanted = command.Enable ? WebhookEndpointStatus.Active : WebhookEndpointStatus.Disabled;
        if (current.Status != wanted)
        {
            var now = clock.GetUtcNow();
            await unitOfWork.ExecuteAsync(
                WebhookEndpointSql.SetStatus,
                new
                {
                    id = current.Id,
                    status = wanted,
                    disabled_reason = command.Enable ? null : WebhookEndpointStatus.Manual,
                    disabled_at = command.Enable ? (DateTimeOffset?)null : now,
                    updated_at = now,
                    expected_version = current.Version,
                },
                cancellationToken);
            await auditTrail.RecordAsync(
                NotificationsModule.Schema,
                new AuditEvent(command.Enable ? "webhook_endpoint.enabled" : "webhook_endpoint.disabled", "webhook_endpoint", current.Id.ToString(),
                    Details: new { reason = command.Enable ? null : WebhookEndpointStatus.Manual, before = current.DisabledReason }),
                cancellationToken);
        }

        var row = await unitOfWork.QuerySingleAsync<WebhookEndpointRow>(WebhookEndpointSql.Select, new { id = current.Id }, cancellationToken);
        return WebhookEndpointDetails.From(row);
    }
}
