using System.Globalization;

namespace GovServices.Host.CommandCentre;

/// <summary>The <c>CommandCentre</c> section: how often the figures are taken, and the map's layer.</summary>
internal sealed class CommandCentreOptions
{
    public const string SectionName = "CommandCentre";

    /// <summary>How old the figures a screen is sent may be: a change shows within this plus one push (default 2 s).</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the audit chains are recomputed (default 60 s): verifying reads every sealed record.</summary>
    public TimeSpan ChainInterval { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>A tile layer such as <c>https://tile.openstreetmap.org/{z}/{x}/{y}.png</c>; none by default (a closed network).</summary>
    public string? TileUrl { get; init; }

    /// <summary>The box the map shows: where complaints may be located (<c>Complaints:CityBounds</c>).</summary>
    public required MapBox MapBounds { get; init; }

    public static CommandCentreOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var bounds = configuration.GetSection("Complaints:CityBounds");
        double Read(string key, double fallback) =>
            double.TryParse(bounds[key], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : fallback;
        var tiles = section["TileUrl"];
        if (!string.IsNullOrEmpty(tiles) && !Uri.TryCreate(tiles.Replace("{z}/{x}/{y}", "0/0/0", StringComparison.Ordinal), UriKind.Absolute, out _))
            throw new InvalidOperationException("CommandCentre:TileUrl must be an absolute URL with {z}/{x}/{y}.");
        return new CommandCentreOptions
        {
            RefreshInterval = section.GetValue("RefreshInterval", TimeSpan.FromSeconds(2)),
            ChainInterval = section.GetValue("ChainInterval", TimeSpan.FromSeconds(60)),
            TileUrl = string.IsNullOrEmpty(tiles) ? null : tiles,
            // The same defaults as the complaints module's: Bontang.
            MapBounds = new MapBox(Read("MinLatitude", 0.05), Read("MaxLatitude", 0.25), Read("MinLongitude", 117.35), Read("MaxLongitude", 117.55)),
        };
    }
}

/// <summary>A latitude/longitude box in decimal degrees.</summary>
internal sealed record MapBox(double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude);
