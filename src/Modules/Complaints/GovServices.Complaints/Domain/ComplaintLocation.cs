using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Complaints.Domain;

/// <summary>Where a complaint may be: inside the configured city bounds.</summary>
internal static class ComplaintLocation
{
    /// <summary>422 <c>location_outside_city</c> naming the bounds, or null when the point is inside them.</summary>
    public static Error? OutsideCity(ComplaintsOptions options, double latitude, double longitude)
    {
        if (options.CityBounds.Contains(latitude, longitude))
            return null;
        var bounds = options.CityBounds;
        var message = Bilingual.Pick(
            $"The location is outside the city: latitude must be between {bounds.MinLatitude} and {bounds.MaxLatitude}, longitude between {bounds.MinLongitude} and {bounds.MaxLongitude}.",
            $"Lokasi berada di luar wilayah kota: lintang harus antara {bounds.MinLatitude} dan {bounds.MaxLatitude}, bujur antara {bounds.MinLongitude} dan {bounds.MaxLongitude}.");
        return new Error("location_outside_city", message, ErrorKind.Unprocessable, new Dictionary<string, string[]> { ["latitude"] = [message], ["longitude"] = [message] });
    }
}
