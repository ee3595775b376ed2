using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GovServices.Host.Health;

/// <summary>
/// Writes a health report as JSON: the overall status and each check's status and description.
/// Exception messages stay in the logs; probes are public.
/// </summary>
internal static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new HealthResponse(
            report.Status,
            report.TotalDuration.TotalMilliseconds,
            [.. report.Entries.Select(entry => new HealthCheckResponse(
                entry.Key,
                entry.Value.Status,
                entry.Value.Description,
                entry.Value.Duration.TotalMilliseconds))]);
        return context.Response.WriteAsJsonAsync(body, context.RequestAborted);
    }

    private sealed record HealthResponse(HealthStatus Status, double DurationMs, IReadOnlyList<HealthCheckResponse> Checks);

    private sealed record HealthCheckResponse(string Name, HealthStatus Status, string? Description, double DurationMs);
}
