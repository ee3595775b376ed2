using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace GovServices.Complaints;

/// <summary>Configuration under <c>Complaints</c>.</summary>
internal sealed class ComplaintsOptions
{
    public const string SectionName = "Complaints";

    /// <summary>Reported coordinates must fall inside this box (<c>Complaints:CityBounds</c>); by default around Kota Bontang.</summary>
    public required CityBounds CityBounds { get; init; }

    /// <summary>Working days the city has to verify a new complaint (SP4N-LAPOR!: 3).</summary>
    public int VerificationWorkingDays { get; init; } = 3;

    public static ComplaintsOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var bounds = section.GetSection("CityBounds");
        var options = new ComplaintsOptions
        {
            CityBounds = new CityBounds(
                Read(bounds, "MinLatitude", 0.05),
                Read(bounds, "MaxLatitude", 0.25),
                Read(bounds, "MinLongitude", 117.35),
                Read(bounds, "MaxLongitude", 117.55)),
            VerificationWorkingDays = section.GetValue("VerificationWorkingDays", 3),
        };
        if (options.CityBounds.MinLatitude >= options.CityBounds.MaxLatitude || options.CityBounds.MinLongitude >= options.CityBounds.MaxLongitude)
            throw new InvalidOperationException("Complaints:CityBounds must have MinLatitude < MaxLatitude and MinLongitude < MaxLongitude.");
        return options;
    }

    private static double Read(IConfigurationSection section, string key, double fallback) =>
        section[key] is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;
}

/// <summary>A latitude/longitude box in decimal degrees (WGS 84).</summary>
internal sealed record CityBounds(double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude)
{
    public bool Contains(double latitude, double longitude) =>
        latitude >= MinLatitude && latitude <= MaxLatitude && longitude >= MinLongitude && longitude <= MaxLongitude;
}
