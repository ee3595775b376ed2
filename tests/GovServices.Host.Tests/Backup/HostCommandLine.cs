using GovServices.Testing;

namespace GovServices.Host.Tests.Backup;

/// <summary>
/// Runs the host's real entry point with command-line arguments, as <c>dotnet run --project src/Host/GovServices.Host
/// -- …</c> does, in the test environment with the test certificates; returns its exit code.
/// </summary>
internal static class HostCommandLine
{
    public static async Task<int> RunAsync(string command, string directory, string dataDirectory)
    {
        string[] args =
        [
            command,
            directory,
            // Right after the absolute folder, as an operator types it: the configuration must not read the folder
            // as a key and this setting as its value (the backup would then look for the files elsewhere).
            $"--Database:DataDirectory={dataDirectory}",
            $"--environment={GovServicesWebApplicationFactory.TestingEnvironment}",
            "--Database:Provider=Sqlite",
            $"--Identity:Issuer={GovServicesWebApplicationFactory.TestIssuer}",
            .. TestCertificates.Settings.Select(setting => $"--{setting.Key}={setting.Value}"),
        ];
        var entryPoint = typeof(Program).Assembly.EntryPoint
            ?? throw new InvalidOperationException("The host has no entry point.");
        // The compiler's Main for async top-level statements waits for them and returns the exit code.
        return await Task.Run(() => (int)entryPoint.Invoke(null, [args])!);
    }
}
