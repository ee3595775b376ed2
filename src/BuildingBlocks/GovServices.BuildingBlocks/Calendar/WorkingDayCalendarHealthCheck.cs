using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GovServices.BuildingBlocks.Calendar;

/// <summary>
/// Ready, and how far ahead the holiday data reaches: unhealthy when this year has none (no due date can be
/// computed), degraded when next year has none (due dates near the year end will fail), healthy otherwise.
/// </summary>
internal sealed class WorkingDayCalendarHealthCheck(WorkingDayCalendar calendar, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Check(calendar, clock.GetUtcNow()));

    internal static HealthCheckResult Check(WorkingDayCalendar calendar, DateTimeOffset now)
    {
        var year = calendar.LocalDate(now).Year;
        if (!calendar.HasDataFor(year))
            return HealthCheckResult.Unhealthy($"No holiday data for {year}: working-day due dates cannot be computed. Put holidays-id-{year}.csv in Calendar:HolidaysDirectory.");

        if (!calendar.HasDataFor(year + 1))
            return HealthCheckResult.Degraded($"No holiday data for {year + 1}: due dates that fall in {year + 1} cannot be computed. Put holidays-id-{year + 1}.csv in Calendar:HolidaysDirectory.");

        return HealthCheckResult.Healthy($"Holiday data for {year} and {year + 1}.");
    }
}
