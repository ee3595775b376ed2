using System.Net;
using System.Net.Http.Json;
using GovServices.Testing.Identity;

namespace GovServices.Host.Tests.Shutdown;

/// <summary>SIGTERM to a real host process: it stops taking requests, finishes the ones in flight, and exits cleanly.</summary>
internal sealed class GracefulShutdownTests
{
    private static readonly KeyValuePair<string, string>[] TokenRequest =
    [
        new("grant_type", "client_credentials"),
        new("client_id", "partner-app"),
        new("client_secret", "partner-app-secret"),
        new("scope", "complaints.read"),
    ];

    [Test]
    public async Task On_sigterm_a_request_in_flight_completes_new_connections_are_refused_and_the_process_exits_0()
    {
        await using var host = await HostProcess.StartAsync(new Dictionary<string, string?>
        {
            ["Identity:SeedDemoData"] = "true",
            ["Http:ShutdownDrainTimeout"] = "00:00:15",
        });
        using var client = host.CreateClient();
        using var body = new TrickledContent(TokenRequest, TimeSpan.FromSeconds(4));

        var inFlight = client.PostAsync(new Uri("/connect/token", UriKind.Relative), body);
        await body.Started;
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        await host.TerminateAsync();
        var refusedWhileDraining = await RefusesNewConnectionsAsync(host, TimeSpan.FromSeconds(3));
        using var response = await inFlight;
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(30));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refusedWhileDraining, Is.True, "the host stopped taking requests on SIGTERM");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), host.Output);
            Assert.That(token?.AccessToken, Is.Not.Empty, "the request in flight was answered in full");
            Assert.That(exitCode, Is.EqualTo(0), host.Output);
        }
    }

    [Test]
    public async Task A_request_longer_than_the_drain_does_not_keep_the_host_from_stopping()
    {
        await using var host = await HostProcess.StartAsync(new Dictionary<string, string?>
        {
            ["Identity:SeedDemoData"] = "true",
            ["Http:ShutdownDrainTimeout"] = "00:00:02",
        });
        using var client = host.CreateClient();
        using var body = new TrickledContent(TokenRequest, TimeSpan.FromSeconds(30));
        var started = DateTime.UtcNow;

        var inFlight = client.PostAsync(new Uri("/connect/token", UriKind.Relative), body);
        await body.Started;
        await host.TerminateAsync();
        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(20));
        var stoppedAfter = DateTime.UtcNow - started;
        try
        {
            using var cut = await inFlight;
        }
        catch (HttpRequestException)
        {
            // Cut off: the connection is gone.
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.Not.Null, host.Output);
            Assert.That(stoppedAfter, Is.LessThan(TimeSpan.FromSeconds(15)), "the drain is bounded by Http:ShutdownDrainTimeout");
        }
    }

    private static async Task<bool> RefusesNewConnectionsAsync(HostProcess host, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            // A new client each time: a pooled connection would reuse the one already open.
            using var client = host.CreateClient();
            try
            {
                using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
            }
            catch (HttpRequestException)
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
