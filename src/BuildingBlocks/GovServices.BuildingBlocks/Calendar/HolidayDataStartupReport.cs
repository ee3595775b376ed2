using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovServices.BuildingBlocks.Calendar;

/// <summary>Says at start-up, as a warning, which of this year and next has no holiday data.</summary>
internal sealed partial class HolidayDataStartupReport(
    WorkingDayCalendar calendar,
    TimeProvider clock,
    ILogger<HolidayDataStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var result = WorkingDayCalendarHealthCheck.Check(calendar, clock.GetUtcNow());
        if (result.Status != HealthStatus.Healthy)
            LogHolidayDataMissing(logger, result.Description);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Working-day calendar: {Description}")]
    private static partial void LogHolidayDataMissing(ILogger logger, string? description);
}
