using System.Globalization;
using GovServices.BuildingBlocks.Storage;
using Microsoft.Extensions.Configuration;

namespace GovServices.Permits;

/// <summary>Configuration under <c>Permits</c>.</summary>
internal sealed class PermitsOptions
{
    public const string SectionName = "Permits";
    public const long DefaultMaxDocumentBytes = 10 * 1024 * 1024;

    /// <summary>Where uploaded documents are kept (<c>Permits:DocumentDirectory</c>); by default <c>permit-documents</c> under <c>Storage:Root</c> (itself by default <c>Database:DataDirectory</c>).</summary>
    public required string DocumentDirectory { get; init; }

    /// <summary>The largest document accepted, in bytes (<c>Permits:MaxDocumentBytes</c>, default 10 MiB).</summary>
    public long MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;

    /// <summary>A location field's coordinates must fall inside this box (<c>Permits:CityBounds</c>); by default around Kota Bontang.</summary>
    public required CityBounds CityBounds { get; init; }

    /// <summary>The civil registry purpose stated when an applicant's NIK and name are verified.</summary>
    public string VerificationPurpose { get; init; } = "public-service";

    public static PermitsOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var bounds = section.GetSection("CityBounds");
        var options = new PermitsOptions
        {
            DocumentDirectory = StorageOptions.DirectoryOf(configuration, PermitsModule.DocumentStore, section["DocumentDirectory"]),
            MaxDocumentBytes = section.GetValue("MaxDocumentBytes", DefaultMaxDocumentBytes),
            CityBounds = new CityBounds(
                Read(bounds, "MinLatitude", 0.05),
                Read(bounds, "MaxLatitude", 0.25),
                Read(bounds, "MinLongitude", 117.35),
                Read(bounds, "MaxLongitude", 117.55)),
            VerificationPurpose = section["VerificationPurpose"] is { Length: > 0 } purpose ? purpose : "public-service",
        };
        if (options.MaxDocumentBytes < 1)
            throw new InvalidOperationException("Permits:MaxDocumentBytes must be at least 1.");
        if (options.CityBounds.MinLatitude >= options.CityBounds.MaxLatitude || options.CityBounds.MinLongitude >= options.CityBounds.MaxLongitude)
            throw new InvalidOperationException("Permits:CityBounds must have MinLatitude < MaxLatitude and MinLongitude < MaxLongitude.");
        return options;
    }

    private static double Read(IConfigurationSection section, string key, double fallback) =>
        section[key] is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
