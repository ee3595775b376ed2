namespace GovServices.Host.Observability;

/// <summary>
/// Bound from the <c>Metrics</c> configuration section: the Prometheus scrape endpoint, served on a port of its own and
/// never on the API's (ADR 0034).
/// </summary>
internal sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>The path Prometheus scrapes on <see cref="Port"/>.</summary>
    public const string ScrapePath = "/metrics";

    /// <summary>The port of the scrape endpoint; none (the default) serves no endpoint.</summary>
    public int? Port { get; set; }

    /// <summary>
    /// The address the scrape endpoint listens on: the loopback address unless an operator opens it to a monitoring
    /// network (an address of this machine, or <c>*</c> for every interface).
    /// </summary>
    public string Host { get; set; } = "127.0.0.1";
}
