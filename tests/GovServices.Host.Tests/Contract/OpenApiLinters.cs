using GovServices.Testing;
using GovServices.Testing.Databases;

namespace GovServices.Host.Tests.Contract;

/// <summary>
/// Redocly CLI and Spectral, pinned in build/openapi-lint/package.json (and its lock file), installed there with npm on
/// first use. Both run offline: Redocly's telemetry and update check are switched off.
/// </summary>
internal static class OpenApiLinters
{
    private static readonly string Directory = Path.Combine(Repository.Root, "build", "openapi-lint");
    private static readonly SemaphoreSlim Installing = new(1, 1);

    private static readonly Dictionary<string, string?> Offline = new()
    {
        ["REDOCLY_TELEMETRY"] = "off",
        ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true",
        ["NO_COLOR"] = "1",
    };

    /// <summary>Redocly CLI's <c>recommended</c> rules; only errors fail.</summary>
    public static Task<ExternalProcessResult> RedoclyAsync(string document) =>
        RunAsync("redocly", ["lint", document, "--extends", "recommended", "--format", "stylish"]);

    /// <summary>Spectral's <c>spectral:oas</c> ruleset (build/openapi-lint/.spectral.yaml); only errors fail.</summary>
    public static Task<ExternalProcessResult> SpectralAsync(string document) =>
        RunAsync("spectral", ["lint", document, "--ruleset", Path.Combine(Directory, ".spectral.yaml"), "--format", "text", "--fail-severity", "error"]);

    private static async Task<ExternalProcessResult> RunAsync(string tool, IReadOnlyList<string> arguments)
    {
        await EnsureInstalledAsync();
        return await ExternalProcess.RunAsync(Path.Combine(Directory, "node_modules", ".bin", tool), arguments, Directory, TimeSpan.FromMinutes(2), Offline);
    }

    private static async Task EnsureInstalledAsync()
    {
        await Installing.WaitAsync();
        try
        {
            if (File.Exists(Path.Combine(Directory, "node_modules", ".bin", "redocly")) && File.Exists(Path.Combine(Directory, "node_modules", ".bin", "spectral")))
                return;
            // npm ci: exactly the versions in package-lock.json.
            var install = await ExternalProcess.RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], Directory, TimeSpan.FromMinutes(8), Offline);
            if (!install.Succeeded)
                throw new InvalidOperationException($"npm ci in {Directory} failed ({install.ExitCode}): {install.Output}");
        }
        finally
        {
            Installing.Release();
        }
    }
}
