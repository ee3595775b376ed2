using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovServices.Audit.Sealing;

/// <summary>
/// Seals every module's new audit records in the background. It sweeps the whole trail when it starts and then
/// every <see cref="AuditOptions.FullSweepInterval"/>; in between it looks only at the recent past, which is cheap.
/// </summary>
internal sealed partial class AuditSealingWorker(
    AuditChainSealer sealer,
    AuditOptions options,
    TimeProvider clock,
    ILogger<AuditSealingWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.SealingEnabled)
            return;

        var nextFullSweep = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var fullSweep = clock.GetUtcNow() >= nextFullSweep;
            try
            {
                var sealedCount = await sealer.SealAllAsync(fullSweep, stoppingToken);
                if (sealedCount > 0)
                    LogSealed(sealedCount);
                if (fullSweep)
                    nextFullSweep = clock.GetUtcNow() + options.FullSweepInterval;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database may be briefly unreachable; nothing is lost, the records wait for the next pass.
                LogSealingFailed(exception);
            }

            try
            {
                await Task.Delay(options.SealInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sealed {Count} audit records")]
    private partial void LogSealed(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sealing the audit trail failed")]
    private partial void LogSealingFailed(Exception exception);
}
