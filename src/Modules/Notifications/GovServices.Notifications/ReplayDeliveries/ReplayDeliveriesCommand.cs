using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Notifications.Delivery;
using GovServices.Notifications.Webhooks;
using Mediator;

namespace GovServices.Notifications.ReplayDeliveries;

/// <summary>
/// The owner of an active endpoint has everything that was not delivered to it since <paramref name="Since"/> (failed
/// or will_not_send) sent again, with the same ids; delivered ones are not repeated.
/// </summary>
internal sealed record ReplayDeliveriesCommand(Guid EndpointId, DateTimeOffset Since) : ICommand<Result<ReplayedDeliveries>>;

/// <summary>How many deliveries were queued again.</summary>
/// <param name="Requeued">Their number.</param>
/// <param name="Since">The start of the window (UTC).</param>
internal sealed record ReplayedDeliveries(int Requeued, DateTimeOffset Since);

internal sealed class ReplayDeliveriesHandler(
    IUnitOfWork unitOfWork, IAuditTrail auditTrail, ICurrentActor actor, DeliverySignal signal, NotificationsOptions options, TimeProvider clock)
    : ICommandHandler<ReplayDeliveriesCommand, Result<ReplayedDeliveries>>
{
    public async ValueTask<Result<ReplayedDeliveries>> Handle(ReplayDeliveriesCommand command, CancellationToken cancellationToken)
    {
        var endpoint = await WebhookEndpointLookup.FindManageableAsync(unitOfWork, actor, command.EndpointId, cancellationToken);
        if (endpoint is null)
            return WebhookEndpointAccess.NotFound(command.EndpointId);
        if (endpoint.Status != WebhookEndpointStatus.Active)
            return Error.Conflict("webhook_endpoint_disabled", Bilingual.Pick(
                "The endpoint is disabled: enable it before replaying.",
                "Endpoint dinonaktifkan: aktifkan dulu sebelum mengirim ulang."));

        var now = clock.GetUtcNow();
        var oldest = now - options.DeliveryRetention;
        if (command.Since < oldest)
            return Error.Unprocessable("replay_window_too_old", Bilingual.Pick(
                $"Deliveries are kept {options.DeliveryRetention.TotalDays:0} days: replay from {oldest:O} at the earliest.",
                $"Pengiriman disimpan {options.DeliveryRetention.TotalDays:0} hari: kirim ulang paling awal dari {oldest:O}."));

        var requeued = await unitOfWork.ExecuteAsync(
            DeliverySql.RequeueWindow,
            new { destination_id = endpoint.Id, channel = DeliveryStatus.WebhookChannel, since = command.Since, now },
            cancellationToken);
        await auditTrail.RecordAsync(
            NotificationsModule.Schema,
            new AuditEvent("webhook_endpoint.replayed", "webhook_endpoint", endpoint.Id.ToString(), Details: new { since = command.Since, requeued }),
            cancellationToken);
        unitOfWork.OnCommitted(signal.Pulse);
        return new ReplayedDeliveries(requeued, command.Since);
    }
}
