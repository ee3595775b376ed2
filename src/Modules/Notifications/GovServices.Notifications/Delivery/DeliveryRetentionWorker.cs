using GovServices.BuildingBlocks.Data;
using GovServices.Notifications.Messages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovServices.Notifications.Delivery;

/// <summary>
/// Deletes deliveries and their attempts older than <see cref="NotificationsOptions.DeliveryRetention"/> (30 days);
/// wipes message bodies older than <see cref="NotificationsOptions.BodyRetention"/> (7 days) and deletes messages
/// older than <see cref="NotificationsOptions.MessageRetention"/> (a year) (ADR 0052), at start-up and every <see cref="NotificationsOptions.RetentionInterval"/>. Any instance may run it: a delete
/// twice deletes nothing more.
/// </summary>
internal sealed partial class DeliveryRetentionWorker(
    IServiceScopeFactory scopes, NotificationsOptions options, TimeProvider clock, ILogger<DeliveryRetentionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var deleted = await DeleteExpiredAsync(stoppingToken);
                if (deleted > 0)
                    LogDeleted(deleted);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogFailed(exception);
            }

            try
            {
                await Task.Delay(options.RetentionInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow() - options.DeliveryRetention;
        await using var scope = scopes.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync(cancellationToken);
        await unitOfWork.ExecuteAsync(DeliverySql.DeleteAttemptsBefore, new { before }, cancellationToken);
        var deleted = await unitOfWork.ExecuteAsync(DeliverySql.DeleteBefore, new { before }, cancellationToken);
        var bodiesBefore = clock.GetUtcNow() - options.BodyRetention;
        await unitOfWork.ExecuteAsync(MessageSql.WipeBodiesBefore, new { before = bodiesBefore }, cancellationToken);
        await unitOfWork.ExecuteAsync(MessageSql.WipeDeliveryPayloadsBefore, new { before = bodiesBefore }, cancellationToken);
        deleted += await unitOfWork.ExecuteAsync(MessageSql.DeleteBefore, new { before = clock.GetUtcNow() - options.MessageRetention }, cancellationToken);
        await unitOfWork.CommitAsync(cancellationToken);
        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} deliveries past their retention")]
    private partial void LogDeleted(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Deleting deliveries past their retention failed; the next run tries again")]
    private partial void LogFailed(Exception exception);
}
