using GovServices.BuildingBlocks.Calendar;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovServices.Notifications.Staff;

/// <summary>
/// Sends each day's staff digests at <c>Notifications:Digests:At</c> (07:00 in the city, WITA) on every instance; the
/// digests' <c>digest_run</c> rows make them once whichever instance gets there first. An instance that starts after
/// the time sends that day's digests unless another already did; a run that failed is tried again after
/// <see cref="RetryAfter"/>.
/// </summary>
internal sealed partial class StaffDigestWorker(StaffDigests digests, WorkingDayCalendar calendar, TimeProvider clock, ILogger<StaffDigestWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var today = calendar.LocalDate(now);
            var next = digests.DueAt(today);
            if (now >= next)
            {
                try
                {
                    await digests.RunAsync(today, stoppingToken);
                    next = digests.DueAt(today.AddDays(1));
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception exception)
                {
                    LogFailed(exception, today);
                    next = now + RetryAfter;
                }
            }

            try
            {
                await Task.Delay(next - now, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The staff digests of {Day} failed; trying again shortly")]
    private partial void LogFailed(Exception exception, DateOnly day);
}
