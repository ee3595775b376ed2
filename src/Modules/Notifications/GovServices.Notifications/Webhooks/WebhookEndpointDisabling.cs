using Dapper;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.Notifications.Delivery;
using GovServices.Notifications.Events;

namespace GovServices.Notifications.Webhooks;

/// <summary>
/// The service disables an endpoint (it answered 410, or failed for 3 days): recorded in the audit trail, counted,
/// and told to the owner's other endpoints that subscribe to <c>webhook_endpoint.disabled</c>.
/// </summary>
internal sealed class WebhookEndpointDisabling(IAuditTrail auditTrail, DeliveryQueue queue, DeliveryMetrics metrics)
{
    public async Task DisableAsync(IUnitOfWork unitOfWork, WebhookEndpointRow endpoint, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var disabled = await unitOfWork.ExecuteAsync(
            WebhookEndpointSql.DisableByEngine, new { id = endpoint.Id, disabled_reason = reason, now }, cancellationToken);
        if (disabled == 0)
            return;

        await auditTrail.RecordAsync(
            NotificationsModule.Schema,
            new AuditEvent("webhook_endpoint.disabled", "webhook_endpoint", endpoint.Id.ToString(), Details: new { reason, owner = endpoint.OwnerClientId }),
            cancellationToken);
        metrics.EndpointDisabled(reason);

        var siblings = await unitOfWork.Connection.QueryAsync<WebhookEndpointRow>(new CommandDefinition(
            WebhookEndpointSql.SelectAudience,
            new { owner_client_id = endpoint.OwnerClientId, opd = (string?)null },
            unitOfWork.Transaction,
            cancellationToken: cancellationToken));
        var eventId = Guid.CreateVersion7(now);
        var body = WebhookBody.Of(WebhookEventCatalogue.EndpointDisabled, now, new WebhookEndpointDisabledData(endpoint.Id, reason, now));
        foreach (var sibling in siblings.Where(row => row.Id != endpoint.Id
                     && row.OwnerClientId == endpoint.OwnerClientId
                     && WebhookEventTypes.FromJson(row.EventTypes).Contains(WebhookEventCatalogue.EndpointDisabled)))
            await queue.EnqueueAsync(unitOfWork, DeliveryStatus.WebhookChannel, sibling.Id, eventId, WebhookEventCatalogue.EndpointDisabled, body, now, cancellationToken);
    }
}
