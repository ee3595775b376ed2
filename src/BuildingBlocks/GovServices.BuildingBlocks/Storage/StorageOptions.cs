using Microsoft.Extensions.Configuration;

namespace GovServices.BuildingBlocks.Storage;

/// <summary>
/// Configuration under <c>Storage</c>: the folder under which every module's content store keeps its files, one
/// sub-folder per store. When several instances run, point <c>Storage:Root</c> at storage they all mount (a shared
/// volume or network file system): a file written by one instance is read by another.
/// </summary>
public static class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>
    /// The folder of the store named <paramref name="name"/>: <paramref name="configuredDirectory"/> when a module
    /// still honours a setting of its own, else <c>Storage:Root</c>/<paramref name="name"/>, by default under
    /// <c>Database:DataDirectory</c>.
    /// </summary>
    public static string DirectoryOf(IConfiguration configuration, string name, string? configuredDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuredDirectory is { Length: > 0 })
            return configuredDirectory;
        var root = configuration[$"{SectionName}:Root"] is { Length: > 0 } configured
            ? configured
            : configuration["Database:DataDirectory"] is { Length: > 0 } data ? data : "data";
        return Path.Combine(root, name);
    }
}
