namespace GovServices.Host.Instances;

/// <summary>Announces this instance at start, every heartbeat after, and leaves on a graceful stop.</summary>
internal sealed partial class InstanceHeartbeat(InstanceRegistry registry, InstanceOptions options, TimeProvider clock, ILogger<InstanceHeartbeat> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await registry.HeartbeatAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The database is away: the readiness check says so; this instance shows as gone until it is back.
                    LogHeartbeatFailed(exception);
                }

                await Task.Delay(options.HeartbeatInterval, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host is stopping.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await registry.LeaveAsync(cancellationToken);
        }
        catch (Exception exception)
        {
            // Cancelled too (the host's shutdown time ran out): the row then goes after AliveWithin, as a killed
            // instance's does; the stop itself must not fail for it.
            LogLeaveFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "This instance could not announce itself")]
    private partial void LogHeartbeatFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "This instance could not leave the instance list on stopping")]
    private partial void LogLeaveFailed(Exception exception);
}
