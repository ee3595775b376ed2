using System.Net;
using System.Net.Sockets;
using System.Text;
using GovServices.Testing.Databases;

namespace GovServices.Deployment.Tests;

/// <summary>The published probe the image's HEALTHCHECK runs, run the same way against a listener on 127.0.0.1.</summary>
public sealed class HealthProbeTests
{
    [TestCase(200, 0)]
    [TestCase(204, 0)]
    [TestCase(503, 1)]
    [TestCase(500, 1)]
    public async Task The_probe_exits_0_only_when_the_endpoint_answers_2xx(int status, int expectedExitCode)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var answering = AnswerOnceAsync(listener, status);

        var result = await RunProbeAsync($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/health/live");
        await answering;

        Assert.That(result.ExitCode, Is.EqualTo(expectedExitCode), result.Output);
    }

    [Test]
    public async Task The_probe_exits_1_when_nothing_listens()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = await RunProbeAsync($"http://127.0.0.1:{port}/health/live");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Output);
    }

    [Test]
    public async Task The_probe_exits_1_without_a_url()
    {
        var result = await RunProbeAsync();

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Output, Does.Contain("usage"));
    }

    private static async Task<ExternalProcessResult> RunProbeAsync(params string[] arguments)
    {
        var root = await PublishedImage.RootAsync();
        var probe = Dockerfile.Load().Runtime.Last("HEALTHCHECK")!.ExecForm;
        return await ExternalProcess.RunAsync(
            probe[0], [PublishedImage.OnDisk(root, probe[1]), .. arguments], root, TimeSpan.FromSeconds(30));
    }

    private static async Task AnswerOnceAsync(TcpListener listener, int status)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var client = await listener.AcceptTcpClientAsync(timeout.Token);
        var stream = client.GetStream();
        var request = new byte[4096];
        var read = 0;
        while (!Encoding.ASCII.GetString(request, 0, read).Contains("\r\n\r\n", StringComparison.Ordinal))
            read += await stream.ReadAsync(request.AsMemory(read), timeout.Token);

        var response = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} Status\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(response, timeout.Token);
    }
}
