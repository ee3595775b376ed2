namespace GovServices.Host.Observability;

/// <summary>Names under which the application's own spans and metrics are published.</summary>
internal static class TelemetryNames
{
    public const string ServiceName = "GovServices";

    /// <summary>
    /// The <c>ActivitySource</c> and <c>Meter</c> names that are collected: <c>GovServices</c> itself and one per
    /// module, such as <c>GovServices.Permits</c>.
    /// </summary>
    public static readonly string[] SourceNames = [ServiceName, $"{ServiceName}.*"];
}
