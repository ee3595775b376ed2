using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using GovServices.Testing;

namespace GovServices.Host.Tests.Shutdown;

/// <summary>
/// The built host (<c>dotnet GovServices.Host.dll</c>) as a process of its own on 127.0.0.1, on SQLite in a temporary
/// folder, as an operator runs it — so that a real SIGTERM reaches it. Only this process is ever signalled or killed,
/// by its id.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataDirectory;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, string dataDirectory, Uri address)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        Address = address;
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("govservices-process-").FullName;
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var startInfo = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = dataDirectory,
        };
        startInfo.ArgumentList.Add(HostAssembly());
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add(address.ToString().TrimEnd('/'));
        var allSettings = new Dictionary<string, string?>(TestCertificates.Settings)
        {
            ["Identity:Issuer"] = GovServicesWebApplicationFactory.TestIssuer,
            ["Database:Provider"] = "Sqlite",
            ["Database:DataDirectory"] = dataDirectory,
        };
        foreach (var (key, value) in settings)
            allSettings[key] = value;
        foreach (var (key, value) in allSettings)
            startInfo.ArgumentList.Add($"--{key}={value}");
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = GovServicesWebApplicationFactory.TestingEnvironment;

        var host = new HostProcess(Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start the host."), dataDirectory, address);
        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        return host;
    }

    /// <summary>What an orchestrator sends to stop a container or a service: SIGTERM, to this process only.</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    /// <summary>The exit code, or null when the process did not exit within <paramref name="timeout"/>.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public HttpClient CreateClient() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // The folder is in the temp directory; a file still held open is not worth failing the test for.
        }
    }

    private static string HostAssembly()
    {
        // The host project is built with the tests (they reference it), in the same configuration.
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!.Name;
        var path = Path.Combine(Repository.Root, "src", "Host", "GovServices.Host", "bin", configuration, output.Name, "GovServices.Host.dll");
        return File.Exists(path) ? path : throw new InvalidOperationException($"The built host is not at {path}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The host exited with {_process.ExitCode} while starting:\n{Output}");
            try
            {
                using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The host was not ready within {timeout.TotalSeconds:0} s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }
}
