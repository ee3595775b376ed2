using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Notifications.Webhooks;
using Mediator;

namespace GovServices.Notifications.UpdateWebhook;

/// <summary>The owner replaces an endpoint's URL, event types and description; its status and secret stay.</summary>
internal sealed record UpdateWebhookCommand(Guid Id, int ExpectedVersion, WebhookEndpointFields Fields) : ICommand<Result<WebhookEndpointDetails>>;

internal sealed class UpdateWebhookHandler(IUnitOfWork unitOfWork, IAuditTrail auditTrail, ICurrentActor actor, IWebhookUrlGuard urlGuard, TimeProvider clock)
    : ICommandHandler<UpdateWebhookCommand, Result<WebhookEndpointDetails>>
{
    public async ValueTask<Result<WebhookEndpointDetails>> Handle(UpdateWebhookCommand command, CancellationToken cancellationToken)
    {
        var current = await WebhookEndpointLookup.FindManageableAsync(unitOfWork, actor, command.Id, cancellationToken);
        if (current is null)
            return WebhookEndpointAccess.NotFound(command.Id);
        if (current.Version != command.ExpectedVersion)
            return Stale(current.Version);
        if (WebhookEndpointFieldsRules.UnknownEventTypes(command.Fields.EventTypes!) is { } unknown)
            return unknown;
        var url = await urlGuard.CheckAsync(command.Fields.Url!.Trim(), cancellationToken);
        if (!url.IsSuccess)
            return url.Error;

        var now = clock.GetUtcNow();
        var description = string.IsNullOrWhiteSpace(command.Fields.Description) ? null : command.Fields.Description.Trim();
        var eventTypes = WebhookEventTypes.ToJson(command.Fields.EventTypes!);
        var updated = await unitOfWork.ExecuteAsync(
            WebhookEndpointSql.Update,
            new { id = current.Id, url = url.Value.ToString(), description, event_types = eventTypes, updated_at = now, expected_version = command.ExpectedVersion },
            cancellationToken);
        if (updated == 0)
            return Stale(current.Version + 1);

        await auditTrail.RecordAsync(
            NotificationsModule.Schema,
            new AuditEvent("webhook_endpoint.updated", "webhook_endpoint", current.Id.ToString(), Details: new
            {
                before = new { url = current.Url, eventTypes = WebhookEventTypes.FromJson(current.EventTypes) },
                after = new { url = url.Value.ToString(), eventTypes = WebhookEventTypes.FromJson(eventTypes) },
            }),
            cancellationToken);
        var row = await unitOfWork.QuerySingleAsync<WebhookEndpointRow>(WebhookEndpointSql.Select, new { id = current.Id }, cancellationToken);
        return WebhookEndpointDetails.From(row);
    }

    public static Error Stale(int currentVersion) => Error.PreconditionFailed(Bilingual.Pick(
        $"The endpoint changed since you read it (it is now at version {currentVersion}); read it again and retry.",
        $"Endpoint telah berubah sejak Anda membacanya (kini versi {currentVersion}); baca ulang lalu coba lagi."));
}
