using GovServices.BuildingBlocks.Application;

namespace GovServices.Notifications.Webhooks;

/// <summary>
/// Decides whether the host may call a webhook URL: when a subscription is created or changed (a refusal is a 422
/// problem) and again before each delivery (a refusal is a failed attempt).
/// </summary>
internal interface IWebhookUrlGuard
{
    /// <summary>The URL as the host will call it, or the problem that explains the refusal.</summary>
    ValueTask<Result<Uri>> CheckAsync(string url, CancellationToken cancellationToken);
}
