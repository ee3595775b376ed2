namespace GovServices.Host.Observability;

/// <summary>Where traces and metrics go.</summary>
internal enum TelemetryExporter
{
    /// <summary>Collected (so logs still carry trace ids) but not exported.</summary>
    None,

    /// <summary>Written to standard output; for local diagnosis.</summary>
    Console,

    /// <summary>Sent to an OpenTelemetry collector at <see cref="TelemetryOptions.OtlpEndpoint"/>.</summary>
    Otlp,
}
