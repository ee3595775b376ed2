using System.Reflection;

namespace GovServices.CommandCentre.Tests;

/// <summary>The host as <c>dotnet test</c> built it, whose path the build wrote into this assembly (the project file).</summary>
internal static class HostBuild
{
    public static string AssemblyPath { get; } =
        typeof(HostBuild).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == "GovServices.Host.Assembly")?.Value
        ?? throw new InvalidOperationException("The build recorded no GovServices.Host.Assembly: the project must reference GovServices.Host.csproj.");

    public static string Directory => Path.GetDirectoryName(AssemblyPath)!;
}
