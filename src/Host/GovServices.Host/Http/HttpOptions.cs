namespace GovServices.Host.Http;

/// <summary>Limits of the HTTP surface, bound from the <c>Http</c> configuration section.</summary>
internal sealed class HttpOptions
{
    public const string SectionName = "Http";

    /// <summary>Largest request body accepted, in bytes; larger bodies get a 413 problem.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
