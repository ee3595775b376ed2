using System.Reflection;

namespace GovServices.Cluster.Tests;

/// <summary>
/// The host as <c>dotnet test</c> built it: <c>GovServices.Host.dll</c> in the host project's own output folder, whose
/// path the build wrote into this assembly (the project file's RecordHostAssemblyPath target). It runs from that folder,
/// beside its runtimeconfig.json, deps.json and appsettings.json, as <c>dotnet GovServices.Host.dll</c> would on a server.
/// </summary>
internal static class HostBuild
{
    private const string MetadataKey = "GovServices.Host.Assembly";

    public static string AssemblyPath { get; } = Find();

    public static string Directory => Path.GetDirectoryName(AssemblyPath)!;

    private static string Find()
    {
        var path = typeof(HostBuild).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == MetadataKey)?.Value;
        if (string.IsNullOrEmpty(path))
            throw new InvalidOperationException($"The build recorded no {MetadataKey}: the project must reference GovServices.Host.csproj.");
        if (!File.Exists(path) || !File.Exists(Path.ChangeExtension(path, ".runtimeconfig.json")))
            throw new InvalidOperationException($"{path} (or its runtimeconfig.json) does not exist: build the test project first.");
        return path;
    }
}
