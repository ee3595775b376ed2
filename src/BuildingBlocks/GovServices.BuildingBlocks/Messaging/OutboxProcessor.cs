using GovServices.BuildingBlocks.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovServices.BuildingBlocks.Messaging;

/// <summary>
/// Polls every module's outbox in the background and hands batches to the dispatcher; a commit of outbox messages on
/// this instance wakes it before its next poll (<see cref="OutboxSignal"/>).
/// It stops delivering as soon as the host starts stopping, not when the stop reaches it: a delivery holds its unit
/// of work, on SQLite the process's one writer turn (ADR 0021), and the services stopped before this one write their
/// last rows (the instance leaving the list, the last token counts), which would wait for that turn until the host's
/// shutdown time ran out. What it claimed and did not deliver it hands back (ADR 0032, 0074). Without a host (a test's
/// bare service provider) it stops with its own token only.
/// </summary>
internal sealed partial class OutboxProcessor(
    OutboxDispatcher dispatcher,
    OutboxSignal signal,
    IEnumerable<ModuleSchema> schemas,
    OutboxOptions options,
    TimeProvider clock,
    ILogger<OutboxProcessor> logger,
    IHostApplicationLifetime? lifetime = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken serviceStopping)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(serviceStopping, lifetime?.ApplicationStopping ?? CancellationToken.None);
        var stoppingToken = stopping.Token;
        while (!stoppingToken.IsCancellationRequested)
        {
            var pulse = signal.Next();
            var claimed = 0;
            foreach (var schema in schemas)
            {
                try
                {
                    claimed += await dispatcher.DispatchBatchAsync(schema.Name, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception exception)
                {
                    // The database may be briefly unreachable; the next poll tries again.
                    LogPollFailed(exception, schema.Name);
                }
            }

            // A full pass means more may be waiting: go again at once; otherwise wait for the next poll.
            if (claimed == 0)
            {
                try
                {
                    await WakeUpSignal.WaitAsync(pulse, options.PollInterval, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling the outbox of {Schema} failed")]
    private partial void LogPollFailed(Exception exception, string schema);
}
