namespace GovServices.Complaints.Domain;

/// <summary>A box of latitudes and longitudes (decimal degrees, WGS 84), bounds included: what the index serves.</summary>
internal sealed record GeoBox(double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude)
{
    /// <summary>
    /// The box around a circle. Degrees of latitude per metre are the same everywhere; degrees of longitude grow towards
    /// the poles. A margin of one per cent keeps every point on the circle inside the box whatever the rounding.
    /// </summary>
    public static GeoBox Around(double latitude, double longitude, double radiusMetres)
    {
        var latitudeSpan = radiusMetres / NearbyComplaints.EarthRadiusMetres * (180 / Math.PI) * 1.01;
        var longitudeSpan = latitudeSpan / Math.Max(Math.Cos(latitude * Math.PI / 180), 0.01);
        return new GeoBox(latitude - latitudeSpan, latitude + latitudeSpan, longitude - longitudeSpan, longitude + longitudeSpan);
    }
}
