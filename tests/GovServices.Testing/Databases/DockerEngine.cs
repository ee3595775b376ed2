using System.Net;
using System.Net.Sockets;

namespace GovServices.Testing.Databases;

/// <summary>
/// Tells, once per test process and within two seconds, whether a Docker engine answers, so that Testcontainers
/// is only tried where it can work and a missing engine never hangs the run.
/// </summary>
internal static class DockerEngine
{
    private const string DefaultSocketPath = "/var/run/docker.sock";
    private static readonly TimeSpan _probeBudget = TimeSpan.FromSeconds(2);
    private static readonly Lazy<Task<bool>> _answers = new(() => Task.Run(ProbeAsync));

    public static Task<bool> AnswersAsync() => _answers.Value;

    private static async Task<bool> ProbeAsync()
    {
        var dockerHost = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (string.IsNullOrWhiteSpace(dockerHost))
        {
            return Path.Exists(DefaultSocketPath) && await AcceptsConnectionAsync(new UnixDomainSocketEndPoint(DefaultSocketPath));
        }

        if (!Uri.TryCreate(dockerHost, UriKind.Absolute, out var address))
        {
            return false;
        }

        return address.Scheme switch
        {
            "unix" => await AcceptsConnectionAsync(new UnixDomainSocketEndPoint(address.AbsolutePath)),
            "tcp" => await AcceptsConnectionAsync(new DnsEndPoint(address.Host, address.Port)),
            // Named pipes and SSH cannot be probed with a socket; whoever set DOCKER_HOST to one means it.
            _ => true,
        };
    }

    private static async Task<bool> AcceptsConnectionAsync(EndPoint endpoint)
    {
        using var socket = endpoint is UnixDomainSocketEndPoint
            ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
            : new Socket(SocketType.Stream, ProtocolType.Tcp);
        using var deadline = new CancellationTokenSource(_probeBudget);
        try
        {
            await socket.ConnectAsync(endpoint, deadline.Token);
            return true;
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException or IOException)
        {
            return false;
        }
    }
}
