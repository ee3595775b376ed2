using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace GovServices.Cluster.Tests;

/// <summary>
/// One instance of the host as a process of its own: <c>dotnet GovServices.Host.dll</c> from the host's build output,
/// configured through environment variables as an operator would, listening on its own port of 127.0.0.1. Its output
/// is kept (the last lines) to explain a failed start or a failed test.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private const int KeptOutputLines = 200;
    private static readonly TimeSpan StartBudget = TimeSpan.FromSeconds(120);

    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    public HostProcess(string name, int port, IReadOnlyDictionary<string, string> environment)
    {
        Name = name;
        Port = port;
        _environment = environment;
    }

    /// <summary>The name HAProxy knows the instance by (<c>host1</c>, <c>host2</c>).</summary>
    public string Name { get; }

    public int Port { get; }

    public int Starts { get; private set; }

    public bool IsRunning => _process is { HasExited: false };

    public string OutputTail => string.Join('\n', _output);

    /// <summary>Starts the process; <see cref="WaitUntilReadyAsync"/> tells when it takes requests.</summary>
    public void Start()
    {
        var startInfo = new ProcessStartInfo(DotnetExecutable())
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = HostBuild.Directory,
        };
        startInfo.ArgumentList.Add(HostBuild.AssemblyPath);
        foreach (var (name, value) in _environment)
            startInfo.Environment[name] = value;
        startInfo.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        if (!process.Start())
            throw new InvalidOperationException($"Could not start {Name}.");
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        Starts++;
        Keep($"--- {Name} start {Starts} (pid {process.Id}) at {DateTimeOffset.UtcNow:HH:mm:ss.fff} ---");
    }

    /// <summary>Waits until the instance answers 200 on <c>/health/ready</c> on its own port, or fails with its output.</summary>
    public async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var ready = new Uri($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/health/ready");
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_process is null || _process.HasExited)
                throw new InvalidOperationException($"{Name} exited during start-up (code {_process?.ExitCode}):\n{OutputTail}");
            try
            {
                using var response = await client.GetAsync(ready);
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (clock.Elapsed > StartBudget)
                throw new TimeoutException($"{Name} was not ready within {StartBudget.TotalSeconds:0} s:\n{OutputTail}");
            await Task.Delay(200);
        }
    }

    /// <summary>SIGKILL: the process ends at once, as on a lost machine; nothing of the host's shutdown runs.</summary>
    public async Task KillAsync()
    {
        if (_process is null)
            return;
        _process.Kill();
        await _process.WaitForExitAsync();
        Keep($"--- {Name} killed (exit code {_process.ExitCode}) at {DateTimeOffset.UtcNow:HH:mm:ss.fff} ---");
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
            await KillAsync();
        _process?.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        _output.Enqueue(line);
        while (_output.Count > KeptOutputLines)
            _output.TryDequeue(out _);
    }

    /// <summary>The dotnet that runs this test, so the host runs on the same runtime; else the one on the PATH.</summary>
    private static string DotnetExecutable() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}
