using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;

namespace GovServices.Notifications.Webhooks;

/// <summary>
/// Who may see and manage an endpoint: the client that created it, or a person with the admin role. Anyone else is
/// told it does not exist (404, never 403, which would confirm it does).
/// </summary>
internal static class WebhookEndpointAccess
{
    public static bool IsAdmin(ICurrentActor actor) => actor.IsInRole(Roles.Admin);

    public static bool MayManage(ICurrentActor actor, WebhookEndpointRow endpoint) =>
        IsAdmin(actor) || (actor.ClientId is not null && string.Equals(endpoint.OwnerClientId, actor.ClientId, StringComparison.Ordinal));

    public static Error NotFound(Guid id) => Error.NotFound("webhook_endpoint_not_found", Bilingual.Pick(
        $"There is no webhook endpoint {id} you may see.",
        $"Tidak ada endpoint webhook {id} yang boleh Anda lihat."));
}
