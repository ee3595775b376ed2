using System.ComponentModel;
using System.Diagnostics;

namespace GovServices.Testing.Databases;

/// <summary>
/// Runs a command-line tool to completion within a time limit, so that a stuck tool fails the test run with
/// its output instead of hanging it. <c>environment</c> sets variables for the tool, or removes those set to null.
/// </summary>
internal static class ExternalProcess
{
    public static async Task<ExternalProcessResult> RunAsync(
        string fileName,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
                startInfo.Environment.Remove(name);
            else
                startInfo.Environment[name] = value;
        }

        var commandLine = string.Join(' ', [fileName, .. arguments]);
        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {commandLine}.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException($"Could not start {commandLine}: {exception.Message}", exception);
        }

        using (process)
        {
            // CI runs without standard input; a tool that asks a question must see end-of-file, not wait for an answer.
            process.StandardInput.Close();
            var standardOutput = process.StandardOutput.ReadToEndAsync();
            var standardError = process.StandardError.ReadToEndAsync();
            using var deadline = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
                // A daemon started by the tool could keep the pipes open; the deadline covers that too.
                var output = await Task.WhenAll(standardOutput, standardError).WaitAsync(deadline.Token);
                return new ExternalProcessResult(process.ExitCode, string.Concat(output).Trim());
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{commandLine} did not finish within {timeout.TotalSeconds:0} s.");
            }
        }
    }
}
