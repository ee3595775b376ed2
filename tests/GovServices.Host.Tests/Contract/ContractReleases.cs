using System.Text.Json.Nodes;

namespace GovServices.Host.Tests.Contract;

/// <summary>
/// The released OpenAPI documents, <c>docs/openapi/releases/MAJOR.MINOR.PATCH.json</c>, and which of them a document
/// of a given version must stay compatible with: every release of the same major version.
/// </summary>
internal static class ContractReleases
{
    public static string Directory(string repositoryRoot) => Path.Combine(repositoryRoot, "docs", "openapi", "releases");

    public static IReadOnlyList<(Version Version, string Path)> All(string repositoryRoot) =>
        System.IO.Directory.GetFiles(Directory(repositoryRoot), "*.json")
            .Select(path => (Version: Version.Parse(System.IO.Path.GetFileNameWithoutExtension(path)), Path: path))
            .OrderBy(release => release.Version)
            .ToList();

    /// <summary>The releases a contract of <paramref name="current"/> must not break; a major bump frees it from older majors.</summary>
    public static IEnumerable<Version> BindingOn(Version current, IEnumerable<Version> released) =>
        released.Where(version => version.Major == current.Major);

    public static Version VersionOf(JsonNode document) => Version.Parse(document["info"]!["version"]!.GetValue<string>());
}
