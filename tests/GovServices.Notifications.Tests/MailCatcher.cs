using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace GovServices.Notifications.Tests;

/// <summary>
/// A real SMTP server on 127.0.0.1 (the SmtpServer package, in the test process) that keeps every mail it accepts,
/// parsed with MimeKit. Recipients at <see cref="RefusedDomain"/> are refused with 550, as a mail server refuses an
/// address that does not exist; <see cref="StopAsync"/> and <see cref="StartAgain"/> take it down and up on its port.
/// </summary>
internal sealed class MailCatcher : IAsyncDisposable
{
    public const string RefusedDomain = "no-such-mailbox.test";

    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private CancellationTokenSource _running = new();
    private Task _serving = Task.CompletedTask;

    private MailCatcher(int port) => Port = port;

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Received => [.. _received];

    public static MailCatcher Start()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var catcher = new MailCatcher(port);
        catcher.StartAgain();
        return catcher;
    }

    public void StartAgain()
    {
        _running = new CancellationTokenSource();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("mail.test")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new ServiceProvider();
        services.Add(new Store(_received));
        services.Add(new DelegatingMailboxFilter(
            (_, _) => true,
            (_, to, _) => !string.Equals(to.Host, RefusedDomain, StringComparison.OrdinalIgnoreCase)));
        _serving = new SmtpServer.SmtpServer(options, services).StartAsync(_running.Token);
    }

    public async Task StopAsync()
    {
        await _running.CancelAsync();
        await _serving.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    /// <summary>The mails whose subject or text mentions <paramref name="text"/>, once <paramref name="count"/> have come or the patience ran out.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(string text, int count, TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(20));
        while (About(text).Count < count && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        return About(text);
    }

    public IReadOnlyList<MimeMessage> About(string text) =>
        [.. _received.Where(mail => (mail.Subject ?? "").Contains(text, StringComparison.Ordinal) || (mail.TextBody ?? "").Contains(text, StringComparison.Ordinal))];

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _running.Dispose();
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> received) : IMessageStore
    {
        public async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
