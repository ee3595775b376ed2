using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;

namespace GovServices.Notifications.Webhooks;

/// <summary>Finds an endpoint the caller may manage, inside the command's unit of work; a foreign one is not found.</summary>
internal static class WebhookEndpointLookup
{
    public static async Task<WebhookEndpointRow?> FindManageableAsync(IUnitOfWork unitOfWork, ICurrentActor actor, Guid id, CancellationToken cancellationToken)
    {
        var row = await unitOfWork.QuerySingleOrDefaultAsync<WebhookEndpointRow>(WebhookEndpointSql.Select, new { id }, cancellationToken);
        return row is not null && WebhookEndpointAccess.MayManage(actor, row) ? row : null;
    }
}
