using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovServices.CivilRegistry.ImportResidents;

/// <summary>Works off queued resident imports in the background, one at a time per host instance.</summary>
internal sealed partial class ResidentImportWorker(
    ResidentImportProcessor processor,
    CivilRegistryOptions options,
    TimeProvider clock,
    ILogger<ResidentImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            bool processed;
            try
            {
                processed = await processor.ProcessNextAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database may be briefly unreachable; the next poll tries again.
                LogPollFailed(exception);
                processed = false;
            }

            if (processed)
                continue;

            try
            {
                await Task.Delay(options.Import.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling for resident imports failed")]
    private partial void LogPollFailed(Exception exception);
}
