using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GovServices.BuildingBlocks.Calendar;

/// <summary>
/// Ready, and how far ahead the decrees reach: degraded while this year or next has no decree loaded (due dates
/// there are provisional), healthy otherwise. Never unhealthy: every due date can still be computed, and taking
/// the instances out of the load balancer for reference data would refuse every citizen.
/// </summary>
public sealed class WorkingDayCalendarHealthCheck(WorkingDayCalendar calendar, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Check(calendar, clock.GetUtcNow()));

    /// <summary>The check at <paramref name="now"/>: also what the start-up log says.</summary>
    public static HealthCheckResult Check(WorkingDayCalendar calendar, DateTimeOffset now)
    {
        var year = calendar.LocalDate(now).Year;
        var gaps = new[] { year, year + 1 }
            .Select(each => (Year: each, Status: calendar.StatusOf(each)))
            .Where(each => each.Status != CalendarYearStatus.Decree)
            .Select(each => each.Status == CalendarYearStatus.Provisional
                ? $"{each.Year} is provisional"
                : $"{each.Year} is missing")
            .ToList();
        if (gaps.Count == 0)
            return HealthCheckResult.Healthy($"Holiday decrees for {year} and {year + 1}.");

        return HealthCheckResult.Degraded(
            $"No holiday decree yet: {string.Join(" and ", gaps)}. Due dates there are computed provisionally and computed again when the decree is loaded (PUT /api/v1/calendar/years/{{year}}).");
    }
}
