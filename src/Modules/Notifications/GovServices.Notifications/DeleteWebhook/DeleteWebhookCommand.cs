using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;
using GovServices.Notifications.Delivery;
using GovServices.Notifications.Webhooks;
using Mediator;

namespace GovServices.Notifications.DeleteWebhook;

/// <summary>The owner deletes an endpoint; what still waits for it will not be sent, and its log ages out with the retention.</summary>
internal sealed record DeleteWebhookCommand(Guid Id) : ICommand<Result<Guid>>;

internal sealed class DeleteWebhookHandler(IUnitOfWork unitOfWork, IAuditTrail auditTrail, ICurrentActor actor)
    : ICommandHandler<DeleteWebhookCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(DeleteWebhookCommand command, CancellationToken cancellationToken)
    {
        var current = await WebhookEndpointLookup.FindManageableAsync(unitOfWork, actor, command.Id, cancellationToken);
        if (current is null)
            return WebhookEndpointAccess.NotFound(command.Id);

        await unitOfWork.ExecuteAsync(WebhookEndpointSql.Delete, new { id = current.Id }, cancellationToken);
        await unitOfWork.ExecuteAsync(DeliverySql.Abandon, new { destination_id = current.Id, channel = DeliveryStatus.WebhookChannel }, cancellationToken);
        await auditTrail.RecordAsync(
            NotificationsModule.Schema,
            new AuditEvent("webhook_endpoint.deleted", "webhook_endpoint", current.Id.ToString(), Details: new { url = current.Url, owner = current.OwnerClientId }),
            cancellationToken);
        return current.Id;
    }
}
