using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace GovServices.Cluster.Tests;

/// <summary>
/// HAProxy from Debian's package in front of the instances, on 127.0.0.1 only: TLS ends here, requests go round robin,
/// <c>X-Forwarded-For</c> and <c>-Proto</c> are set (never passed through), an instance whose <c>/health/ready</c> fails
/// leaves the rotation, and a connection an instance refuses is tried again on the other. Two additions serve the test
/// alone: <c>X-Served-By</c> on every answer names the instance, and a request with <c>X-Route-To: hostN</c> goes to
/// that instance while it is up, so that a retry can be sent to the other instance on purpose.
/// </summary>
internal sealed class LoadBalancer : IAsyncDisposable
{
    public const string RouteHeader = "X-Route-To";
    public const string ServedByHeader = "X-Served-By";
    private static readonly string[] Locations = ["/usr/sbin/haproxy", "/usr/local/sbin/haproxy"];
    private static readonly TimeSpan StartBudget = TimeSpan.FromSeconds(20);

    private readonly ConcurrentQueue<string> _output = new();
    private readonly Process _process;

    private LoadBalancer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public Uri BaseAddress => new($"https://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/");

    public static string? Executable => Locations.FirstOrDefault(File.Exists);

    public static async Task<LoadBalancer> StartAsync(string directory, int port, ProxyCertificate certificate, IReadOnlyList<HostProcess> instances)
    {
        var pemFile = Path.Combine(directory, "proxy.pem");
        await File.WriteAllTextAsync(pemFile, certificate.Pem);
        var configurationFile = Path.Combine(directory, "haproxy.cfg");
        await File.WriteAllTextAsync(configurationFile, Configuration(port, pemFile, instances));

        var startInfo = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("haproxy is not installed."))
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        // -db: stay in the foreground, so the process is the proxy and killing it ends it.
        foreach (var argument in new[] { "-db", "-f", configurationFile })
            startInfo.ArgumentList.Add(argument);
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start haproxy.");
        var balancer = new LoadBalancer(process, port);
        process.OutputDataReceived += (_, line) => balancer.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => balancer.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await balancer.WaitUntilListeningAsync();
        return balancer;
    }

    public string OutputTail => string.Join('\n', _output);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static string Configuration(int port, string pemFile, IReadOnlyList<HostProcess> instances)
    {
        var servers = string.Join('\n', instances.Select(instance =>
            $"    server {instance.Name} 127.0.0.1:{instance.Port.ToString(CultureInfo.InvariantCulture)}"));
        var routes = string.Join('\n', instances.Select(instance =>
            $"    use-server {instance.Name} if {{ req.hdr({RouteHeader}) -m str {instance.Name} }}"));
        return $$"""
            # Made by GovServices.Cluster.Tests for one run (docs/adr/0049); modelled on deploy/compose/haproxy/haproxy.cfg.
            global
                maxconn 1024

            defaults
                mode http
                timeout connect 2s
                timeout client 30s
                timeout server 30s
                timeout http-request 10s
                # Only connection failures are retried (the default retry-on): a request an instance received is never
                # sent twice. Every retry may go to the other instance.
                retries 3
                option redispatch 1

            frontend https
                bind 127.0.0.1:{{port.ToString(CultureInfo.InvariantCulture)}} ssl crt {{pemFile}} alpn http/1.1
                http-request set-header X-Forwarded-For %[src]
                http-request set-header X-Forwarded-Proto https
                default_backend govservices

            backend govservices
                balance roundrobin
            {{routes}}
                http-response set-header {{ServedByHeader}} %s
                option httpchk
                http-check send meth GET uri /health/ready
                http-check expect status 200
                # Without "timeout check" a check may take only "inter": on a busy 2-core machine /health/ready took
                # longer than 500 ms and both instances were taken out at once (docs/adr/0049).
                timeout check 3s
                default-server check inter 1s fall 2 rise 1
            {{servers}}

            """;
    }

    private async Task WaitUntilListeningAsync()
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"haproxy exited with code {_process.ExitCode}:\n{OutputTail}");
            try
            {
                using var socket = new TcpClient();
                await socket.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException) when (clock.Elapsed < StartBudget)
            {
                await Task.Delay(100);
            }
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        _output.Enqueue(line);
        while (_output.Count > 100)
            _output.TryDequeue(out _);
    }
}
