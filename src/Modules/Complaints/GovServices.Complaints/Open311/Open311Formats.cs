using GovServices.BuildingBlocks.Localisation;
using Microsoft.AspNetCore.Http;

namespace GovServices.Complaints.Open311;

/// <summary>Reads the format from a resource's extension.</summary>
internal static class Open311Formats
{
    public static bool TryParse(string? extension, out Open311Format format)
    {
        switch (extension?.ToLowerInvariant())
        {
            case "json":
                format = Open311Format.Json;
                return true;
            case "xml":
                format = Open311Format.Xml;
                return true;
            default:
                format = Open311Format.Json;
                return false;
        }
    }

    /// <summary>For an extension we do not serve: a 404 in the spec's error format, in JSON.</summary>
    public static Open311Result Unsupported(string? extension) =>
        Open311Result.Errors(
            Open311Format.Json,
            StatusCodes.Status404NotFound,
            Bilingual.Pick($"Format '{extension}' is not offered: use .json or .xml.", $"Format '{extension}' tidak tersedia: gunakan .json atau .xml."));
}
