using GovServices.BuildingBlocks.Calendar;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovServices.Calendar.Years;

/// <summary>
/// Keeps this instance's <see cref="WorkingDayCalendar"/> equal to the stored years. At start-up, before requests
/// are served, it stores the shipped and the operator's years and loads them all; then every
/// <see cref="CalendarOptions.RefreshInterval"/> it picks up a year another instance loaded. The instance that takes a
/// load refreshes at once (<see cref="RefreshAsync"/>).
/// </summary>
internal sealed partial class CalendarYearSync(
    IServiceScopeFactory scopes,
    CalendarYearReader years,
    WorkingDayCalendar calendar,
    CalendarOptions options,
    TimeProvider clock,
    ILogger<CalendarYearSync> logger) : BackgroundService
{
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private string? _loadedVersions;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SeedCalendarYearsCommand(), cancellationToken);
        await RefreshAsync(cancellationToken);

        var health = WorkingDayCalendarHealthCheck.Check(calendar, clock.GetUtcNow());
        if (health.Status != Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy)
            LogCalendarIncomplete(health.Description);
        await base.StartAsync(cancellationToken);
    }

    /// <summary>Loads the stored years into the calendar when they differ from those loaded last.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            var rows = await years.ReadAllAsync(cancellationToken);
            var versions = string.Join(',', rows.Select(row => $"{row.Year}:{row.Version}"));
            if (versions == _loadedVersions)
                return;

            calendar.Replace(rows.Select(row => row.ToCalendarYear()));
            _loadedVersions = versions;
            LogLoaded(versions);
        }
        finally
        {
            _refreshing.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.RefreshInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRefreshFailed(exception);
            }
        }
    }

    public override void Dispose()
    {
        _refreshing.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Working-day calendar loaded (year:version {Versions})")]
    private partial void LogLoaded(string versions);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Working-day calendar: {Description}")]
    private partial void LogCalendarIncomplete(string? description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Working-day calendar refresh failed; retrying at the next interval")]
    private partial void LogRefreshFailed(Exception exception);
}
