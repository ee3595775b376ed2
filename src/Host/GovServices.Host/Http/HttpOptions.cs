namespace GovServices.Host.Http;

/// <summary>Limits of the HTTP surface, bound from the <c>Http</c> configuration section.</summary>
internal sealed class HttpOptions
{
    public const string SectionName = "Http";

    /// <summary>Largest request body accepted, in bytes; larger bodies get a 413 problem.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Addresses of the reverse proxies whose <c>X-Forwarded-For</c>, <c>-Proto</c> and <c>-Host</c> are believed
    /// (<see cref="ReverseProxyExtensions"/>). From anyone else these headers are ignored.
    /// </summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks in CIDR notation (<c>10.0.0.0/8</c>) whose every address is a trusted proxy.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>
    /// On SIGTERM, how long requests in flight may take to finish, and background work to hand its leases back,
    /// before the host stops anyway (<see cref="GracefulShutdownExtensions"/>).
    /// </summary>
    public TimeSpan ShutdownDrainTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
