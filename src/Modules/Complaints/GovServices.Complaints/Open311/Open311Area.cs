using System.Globalization;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Complaints.Domain;

namespace GovServices.Complaints.Open311;

/// <summary>
/// Where <c>GET requests</c> looks, the area filter most implementers add: a bounding box <c>bbox</c> (west, south,
/// east, north in decimal degrees: RFC 7946's order), or a circle of <c>radius</c> metres around <c>lat</c> and
/// <c>long</c>. One or the other, or neither (the whole city).
/// </summary>
internal sealed record Open311Area(GeoBox? Box, double? Latitude = null, double? Longitude = null, double? RadiusMetres = null)
{
    public const int MaxRadiusMetres = 20_000;

    public static Result<Open311Area?> Parse(string? bbox, string? latitude, string? longitude, string? radius)
    {
        var circle = new[] { latitude, longitude, radius }.Count(text => !string.IsNullOrWhiteSpace(text));
        var boxed = !string.IsNullOrWhiteSpace(bbox);
        if (boxed && circle > 0)
            return Invalid(Bilingual.Pick("Give bbox, or lat, long and radius, not both.", "Berikan bbox, atau lat, long, dan radius, jangan keduanya."));
        if (boxed)
            return ParseBox(bbox!);
        if (circle == 0)
            return Result<Open311Area?>.Success(null);
        if (circle < 3)
            return Invalid(Bilingual.Pick("Give lat, long and radius together.", "Berikan lat, long, dan radius bersama-sama."));

        if (!TryDegrees(latitude!, 90, out var lat) || !TryDegrees(longitude!, 180, out var lon))
            return Invalid(Bilingual.Pick("lat and long must be decimal degrees (WGS 84), for example 0.1333 and 117.4833.", "lat dan long harus derajat desimal (WGS 84), misalnya 0.1333 dan 117.4833."));
        if (!double.TryParse(radius, NumberStyles.Float, CultureInfo.InvariantCulture, out var metres) || !double.IsFinite(metres) || metres <= 0 || metres > MaxRadiusMetres)
            return Invalid(Bilingual.Pick($"radius must be a number of metres above 0, at most {MaxRadiusMetres}.", $"radius harus jumlah meter di atas 0, paling banyak {MaxRadiusMetres}."));
        return new Open311Area(null, lat, lon, metres);
    }

    private static Result<Open311Area?> ParseBox(string bbox)
    {
        var parts = bbox.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 4
            && TryDegrees(parts[0], 180, out var west) && TryDegrees(parts[1], 90, out var south)
            && TryDegrees(parts[2], 180, out var east) && TryDegrees(parts[3], 90, out var north)
            && west <= east && south <= north)
        {
            return new Open311Area(new GeoBox(south, north, west, east));
        }

        return Invalid(Bilingual.Pick(
            "bbox must be west,south,east,north in decimal degrees, west not past east and south not past north, for example 117.40,0.05,117.55,0.20.",
            "bbox harus barat,selatan,timur,utara dalam derajat desimal, barat tidak melewati timur dan selatan tidak melewati utara, misalnya 117.40,0.05,117.55,0.20."));
    }

    private static bool TryDegrees(string text, double limit, out double degrees) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out degrees) && double.IsFinite(degrees) && Math.Abs(degrees) <= limit;

    private static Result<Open311Area?> Invalid(string message) => Open311Window.Invalid(message);
}
