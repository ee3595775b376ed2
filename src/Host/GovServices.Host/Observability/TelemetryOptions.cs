namespace GovServices.Host.Observability;

/// <summary>Bound from the <c>Telemetry</c> configuration section.</summary>
internal sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    public TelemetryExporter Exporter { get; set; } = TelemetryExporter.None;

    /// <summary>The collector's address; the OTLP exporter's own default (localhost) when not set.</summary>
    public Uri? OtlpEndpoint { get; set; }
}
