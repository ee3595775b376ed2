using GovServices.Host.Health;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GovServices.Host.Observability;

/// <summary>Structured logs that carry trace ids, and OpenTelemetry traces and metrics.</summary>
internal static class ObservabilityExtensions
{
    /// <summary>
    /// Logs as JSON lines with scopes (so every line carries TraceId and SpanId) outside Development, and as
    /// readable single lines in Development. Traces and metrics go to the exporter named by
    /// <c>Telemetry:Exporter</c> (<c>none</c>, <c>console</c> or <c>otlp</c> with <c>Telemetry:OtlpEndpoint</c>);
    /// metrics can also be scraped by Prometheus on <c>Metrics:Port</c>.
    /// </summary>
    public static IHostApplicationBuilder AddObservability(this IHostApplicationBuilder builder)
    {
        AddLogging(builder);

        var telemetry = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>()
            ?? new TelemetryOptions();
        var scraping = builder.Configuration.GetSection(MetricsOptions.SectionName).Get<MetricsOptions>()
            ?? new MetricsOptions();
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(TelemetryNames.ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(TelemetryNames.SourceNames)
                    .AddAspNetCoreInstrumentation(options => options.Filter = IsNotHealthProbe);
                AddExporter(tracing, telemetry);
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(TelemetryNames.SourceNames)
                    .AddAspNetCoreInstrumentation();
                AddExporter(metrics, telemetry);
                AddScrapeEndpoint(metrics, scraping);
            });
        return builder;
    }

    private static void AddLogging(IHostApplicationBuilder builder)
    {
        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);

        if (builder.Environment.IsDevelopment())
        {
            builder.Logging.AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.IncludeScopes = true;
                options.TimestampFormat = "HH:mm:ss ";
            });
        }
        else
        {
            builder.Logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
            });
        }
    }

    /// <summary>Load balancers probe health every few seconds; tracing those requests would drown the real ones.</summary>
    private static bool IsNotHealthProbe(HttpContext context) =>
        !context.Request.Path.StartsWithSegments(HealthEndpointsExtensions.PathPrefix, StringComparison.OrdinalIgnoreCase);

    private static void AddExporter(TracerProviderBuilder tracing, TelemetryOptions telemetry)
    {
        switch (telemetry.Exporter)
        {
            case TelemetryExporter.Console:
                tracing.AddConsoleExporter();
                break;
            case TelemetryExporter.Otlp:
                tracing.AddOtlpExporter(otlp => otlp.Endpoint = telemetry.OtlpEndpoint ?? otlp.Endpoint);
                break;
            case TelemetryExporter.None:
                break;
        }
    }

    private static void AddExporter(MeterProviderBuilder metrics, TelemetryOptions telemetry)
    {
        switch (telemetry.Exporter)
        {
            case TelemetryExporter.Console:
                metrics.AddConsoleExporter();
                break;
            case TelemetryExporter.Otlp:
                metrics.AddOtlpExporter(otlp => otlp.Endpoint = telemetry.OtlpEndpoint ?? otlp.Endpoint);
                break;
            case TelemetryExporter.None:
                break;
        }
    }

    /// <summary>
    /// Prometheus's endpoint has a listener of its own, outside Kestrel (ADR 0034): it is never reachable through the
    /// API's port or its load balancer, and the API's address configuration stays as operators set it.
    /// </summary>
    private static void AddScrapeEndpoint(MeterProviderBuilder metrics, MetricsOptions scraping)
    {
        if (scraping.Port is not { } port)
            return;
        if (port is < 1 or > 65_535)
            throw new InvalidOperationException($"Metrics:Port must be a TCP port (1-65535), not {port}.");

        metrics.AddPrometheusHttpListener(listener =>
        {
            listener.Host = scraping.Host;
            listener.Port = port;
            listener.ScrapeEndpointPath = MetricsOptions.ScrapePath;
        });
    }
}
