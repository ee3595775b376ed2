namespace GovServices.Host.Health;

/// <summary>Tags that decide which probe runs a health check.</summary>
internal static class HealthCheckTags
{
    /// <summary>Checks tagged so (database reachable, migrations applied) gate <c>/health/ready</c>.</summary>
    public const string Ready = "ready";
}
