using GovServices.BuildingBlocks.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace GovServices.Host.Health;

/// <summary>Liveness and readiness probes for orchestrators and load balancers.</summary>
internal static class HealthEndpointsExtensions
{
    public const string PathPrefix = "/health";

    /// <summary>
    /// <c>/health/live</c> runs no check: it answers 200 while the process can serve requests at all.
    /// <c>/health/ready</c> runs every registered check tagged <see cref="HealthCheckTags.Ready"/> and answers 503
    /// while any of them is unhealthy. Both are public and describe each check in a JSON body.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks($"{PathPrefix}/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).AllowPublicAccess("Probes for orchestrators and load balancers; they reveal no data.");

        endpoints.MapHealthChecks($"{PathPrefix}/ready", new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(HealthCheckTags.Ready),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).AllowPublicAccess("Probes for orchestrators and load balancers; they reveal no data.");

        return endpoints;
    }
}
