using System.Diagnostics;
using GovServices.Testing;

namespace GovServices.Audit.Tests;

/// <summary>Runs build/verify-audit-export.py on a file, as an auditor would on their own machine.</summary>
internal static class OfflineVerifier
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string file, string? expectedHash = null)
    {
        var startInfo = new ProcessStartInfo("python3")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        startInfo.ArgumentList.Add(Path.Combine(Repository.Root, "build", "verify-audit-export.py"));
        startInfo.ArgumentList.Add(file);
        if (expectedHash is not null)
        {
            startInfo.ArgumentList.Add("--expect-hash");
            startInfo.ArgumentList.Add(expectedHash);
        }

        using var process = Process.Start(startInfo)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
