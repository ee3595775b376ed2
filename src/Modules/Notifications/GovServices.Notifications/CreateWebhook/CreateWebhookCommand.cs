using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;
using GovServices.Notifications.Webhooks;
using Mediator;

namespace GovServices.Notifications.CreateWebhook;

/// <summary>A client subscribes an endpoint; the answer carries the signing secret, shown this once.</summary>
internal sealed record CreateWebhookCommand(WebhookEndpointFields Fields) : ICommand<Result<WebhookEndpointDetails>>;

internal sealed class CreateWebhookHandler(
    IUnitOfWork unitOfWork, IAuditTrail auditTrail, ICurrentActor actor, IWebhookUrlGuard urlGuard, WebhookSecrets secrets, TimeProvider clock)
    : ICommandHandler<CreateWebhookCommand, Result<WebhookEndpointDetails>>
{
    public async ValueTask<Result<WebhookEndpointDetails>> Handle(CreateWebhookCommand command, CancellationToken cancellationToken)
    {
        var fields = command.Fields;
        if (WebhookEndpointFieldsRules.UnknownEventTypes(fields.EventTypes!) is { } unknown)
            return unknown;
        var url = await urlGuard.CheckAsync(fields.Url!.Trim(), cancellationToken);
        if (!url.IsSuccess)
            return url.Error;

        var now = clock.GetUtcNow();
        var secret = WebhookSecrets.Generate();
        var row = new WebhookEndpointRow
        {
            Id = Guid.CreateVersion7(now),
            OwnerClientId = actor.ClientId ?? actor.UserId ?? throw new InvalidOperationException("An endpoint needs an owner."),
            OwnerOpd = actor.Opd,
            Url = url.Value.ToString(),
            Description = string.IsNullOrWhiteSpace(fields.Description) ? null : fields.Description.Trim(),
            EventTypes = WebhookEventTypes.ToJson(fields.EventTypes!),
            Status = WebhookEndpointStatus.Active,
            Secret = secrets.Protect(secret),
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        await unitOfWork.ExecuteAsync(
            WebhookEndpointSql.Insert,
            new
            {
                id = row.Id,
                owner_client_id = row.OwnerClientId,
                owner_opd = row.OwnerOpd,
                url = row.Url,
                description = row.Description,
                event_types = row.EventTypes,
                status = row.Status,
                secret = row.Secret,
                created_at = now,
                updated_at = now,
            },
            cancellationToken);
        await auditTrail.RecordAsync(
            NotificationsModule.Schema,
            new AuditEvent("webhook_endpoint.created", "webhook_endpoint", row.Id.ToString(), Details: new { url = row.Url, eventTypes = fields.EventTypes, opd = row.OwnerOpd }),
            cancellationToken);
        return WebhookEndpointDetails.From(row, secret);
    }
}
