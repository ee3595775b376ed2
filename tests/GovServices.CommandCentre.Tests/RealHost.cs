using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace GovServices.CommandCentre.Tests;

/// <summary>
/// The host as a process of its own on a free port of 127.0.0.1, so that a browser can reach it (a
/// WebApplicationFactory's TestServer has no socket) and so that it can be stopped and started under an open page.
/// </summary>
internal sealed class RealHost : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string?> _environment;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    public RealHost(IReadOnlyDictionary<string, string?> configuration)
    {
        Port = FreePort();
        _environment = configuration;
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/");

    public string OutputTail => string.Join('\n', _output.TakeLast(80));

    public async Task StartAsync()
    {
        var startInfo = new ProcessStartInfo(Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = HostBuild.Directory,
        };
        startInfo.ArgumentList.Add(HostBuild.AssemblyPath);
        foreach (var (name, value) in _environment)
            startInfo.Environment[name.Replace(":", "__", StringComparison.Ordinal)] = value;
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        startInfo.Environment["ASPNETCORE_URLS"] = BaseAddress.GetLeftPart(UriPartial.Authority);
        startInfo.Environment["CommandCentre__RefreshInterval"] = "00:00:01";

        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The host exited during start-up:\n{OutputTail}");
            try
            {
                using var response = await client.GetAsync(new Uri(BaseAddress, "health/ready"));
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(120))
                throw new TimeoutException($"The host was not ready within 120 s:\n{OutputTail}");
            await Task.Delay(200);
        }
    }

    /// <summary>Ends the process at once, as a crashed host would.</summary>
    public async Task KillAsync()
    {
        if (_process is null)
            return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await KillAsync();

    private void Keep(string? line)
    {
        if (line is null)
            return;
        _output.Enqueue(line);
        while (_output.Count > 400)
            _output.TryDequeue(out _);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
