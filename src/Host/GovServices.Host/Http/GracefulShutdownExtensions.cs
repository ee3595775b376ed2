namespace GovServices.Host.Http;

/// <summary>
/// On SIGTERM (a rolling restart, a scale-in) the host stops accepting connections, lets the requests in flight
/// finish, and stops its background work, which hands back the leases it holds so that another instance takes over at
/// once instead of after the lease runs out. <c>Http:ShutdownDrainTimeout</c> (20 s by default; keep it below the
/// orchestrator's grace period, 30 s in Kubernetes and Docker's <c>stop_grace_period</c> 10 s unless raised) bounds
/// the whole stop (docs/adr/0032).
/// </summary>
internal static class GracefulShutdownExtensions
{
    public static IServiceCollection AddGracefulShutdown(this IServiceCollection services, IConfiguration configuration)
    {
        var drain = (configuration.GetSection(HttpOptions.SectionName).Get<HttpOptions>() ?? new HttpOptions()).ShutdownDrainTimeout;
        if (drain <= TimeSpan.Zero)
            throw new InvalidOperationException($"{HttpOptions.SectionName}:ShutdownDrainTimeout must be positive, e.g. 00:00:20.");

        // The server waits for requests in flight until this runs out, then the hosted services share what is left.
        services.Configure<HostOptions>(host => host.ShutdownTimeout = drain);
        return services;
    }
}
