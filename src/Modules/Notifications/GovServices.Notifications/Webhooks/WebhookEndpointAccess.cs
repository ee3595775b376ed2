using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;

namespace GovServices.Notifications.Webhooks;

/// <summary>
/// Who may see and manage an endpoint: the machine client that created it for itself, the person who created it, or a
/// person with the admin role. Anyone else is told it does not exist (404, never 403, which would confirm it does).
/// </summary>
internal static class WebhookEndpointAccess
{
    public static bool IsAdmin(ICurrentActor actor) => actor.IsInRole(Roles.Admin);

    /// <summary>The signed-in person acting, or null for a machine client (whose token's subject is the client itself).</summary>
    public static string? PersonOf(ICurrentActor actor) =>
        actor.UserId is { } user && user != actor.ClientId ? user : null;

    public static bool MayManage(ICurrentActor actor, WebhookEndpointRow endpoint)
    {
        if (IsAdmin(actor))
            return true;
        var person = PersonOf(actor);
        return person is not null
            ? string.Equals(endpoint.OwnerUserId, person, StringComparison.Ordinal)
            : endpoint.OwnerUserId is null && actor.ClientId is not null && string.Equals(endpoint.OwnerClientId, actor.ClientId, StringComparison.Ordinal);
    }

    public static Error NotFound(Guid id) => Error.NotFound("webhook_endpoint_not_found", Bilingual.Pick(
        $"There is no webhook endpoint {id} you may see.",
        $"Tidak ada endpoint webhook {id} yang boleh Anda lihat."));
}
