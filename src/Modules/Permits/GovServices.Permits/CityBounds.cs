namespace GovServices.Permits;

/// <summary>A latitude/longitude box in decimal degrees (WGS 84).</summary>
internal sealed record CityBounds(double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude)
{
    public bool Contains(double latitude, double longitude) =>
        latitude >= MinLatitude && latitude <= MaxLatitude && longitude >= MinLongitude && longitude <= MaxLongitude;
}
