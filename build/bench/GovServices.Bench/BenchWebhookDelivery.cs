using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace GovServices.Bench;

/// <summary>
/// Scenario 9, webhook delivery: a receiver (Kestrel on 127.0.0.1, answering 204 at once) records when each
/// <c>webhook-id</c> first arrives and the event's own <c>timestamp</c>; a subscription of the calling client
/// (<c>partner-app</c>) to <c>complaint.status_changed</c> points at it; complaints are filed at a steady rate for the
/// measured seconds, then the receiver waits for the last deliveries. Prints one <c>BENCH</c> line as report.lua does:
/// deliveries per second, the latency from the status change to the receiver (p50/p95/p99, ms), filings that failed
/// (non2xx), deliveries that never came (socket), and deliveries that came twice (replays).
/// </summary>
internal static class BenchWebhookDelivery
{
    private const string FilingBody = """{"title":"Lampu jalan padam","description":"Lampu penerangan jalan di depan sekolah padam sejak tiga hari.","category":"penerangan_jalan","address":"Jl. Ahmad Yani, Bontang Utara","reporter":{"name":"Pelapor Bench","contact":"+6281200000000"}}""";

    public static async Task RunAsync(IConfiguration options)
    {
        var host = new Uri(options.Required("Host"));
        var token = options.Required("Token");
        var rate = options.Count("Rate", 50);
        var seconds = options.Count("Seconds", 10);
        var settle = TimeSpan.FromSeconds(options.Count("Settle", 30));
        var runId = options.Required("RunId");

        var arrivals = new ConcurrentDictionary<string, (DateTimeOffset Arrived, DateTimeOffset Occurred)>(StringComparer.Ordinal);
        var repeats = 0;
        await using var receiver = await StartReceiverAsync(arrivals, () => Interlocked.Increment(ref repeats));

        using var http = new HttpClient { BaseAddress = host, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await SubscribeAsync(http, new Uri(new Uri(receiver.Urls.Single()), "/hooks"));

        var total = rate * seconds;
        var failed = 0;
        var filings = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate) - clock.Elapsed;
            if (due > TimeSpan.Zero)
                await Task.Delay(due);
            filings.Add(FileAsync(http, $"{runId}-webhook-{i}", () => Interlocked.Increment(ref failed)));
        }

        await Task.WhenAll(filings);
        var filed = total - failed;
        var deadline = Stopwatch.StartNew();
        while (arrivals.Count < filed && deadline.Elapsed < settle)
            await Task.Delay(100);

        var latencies = arrivals.Values.Select(arrival => (arrival.Arrived - arrival.Occurred).TotalMilliseconds).Order().ToArray();
        var window = arrivals.IsEmpty ? 0 : (arrivals.Values.Max(arrival => arrival.Arrived) - arrivals.Values.Min(arrival => arrival.Occurred)).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"BENCH requests={arrivals.Count} rps={(window > 0 ? arrivals.Count / window : 0):F1} p50={Percentile(latencies, 0.50):F3} p95={Percentile(latencies, 0.95):F3} p99={Percentile(latencies, 0.99):F3} non2xx={failed} socket={Math.Max(0, filed - arrivals.Count)} replays={repeats} filed={filed} rate={rate}"));
    }

    private static async Task<WebApplication> StartReceiverAsync(
        ConcurrentDictionary<string, (DateTimeOffset Arrived, DateTimeOffset Occurred)> arrivals, Action repeated)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/hooks", async (HttpRequest request) =>
        {
            var arrived = DateTimeOffset.UtcNow;
            var id = request.Headers["webhook-id"].ToString();
            using var body = await JsonDocument.ParseAsync(request.Body);
            var occurred = body.RootElement.GetProperty("timestamp").GetDateTimeOffset();
            if (!arrivals.TryAdd(id, (arrived, occurred)))
                repeated();
            return Results.NoContent();
        });
        await app.StartAsync();
        return app;
    }

    private static async Task SubscribeAsync(HttpClient http, Uri receiver)
    {
        var subscription = JsonSerializer.Serialize(new { url = receiver.ToString(), eventTypes = new[] { "complaint.status_changed" }, description = "GovServices.Bench scenario 9" });
        using var answer = await http.PostAsync(new Uri("/api/v1/notifications/webhooks", UriKind.Relative), new StringContent(subscription, Encoding.UTF8, "application/json"));
        if (!answer.IsSuccessStatusCode)
            throw new BenchUsageException($"The subscription was refused ({(int)answer.StatusCode}): {await answer.Content.ReadAsStringAsync()}");
    }

    private static async Task FileAsync(HttpClient http, string idempotencyKey, Action failed)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/complaints", UriKind.Relative))
            {
                Content = new StringContent(FilingBody, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("Idempotency-Key", idempotencyKey);
            using var answer = await http.SendAsync(request);
            if (!answer.IsSuccessStatusCode)
                failed();
        }
        catch (HttpRequestException)
        {
            failed();
        }
        catch (TaskCanceledException)
        {
            failed();
        }
    }

    private static double Percentile(double[] sorted, double share) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(share * sorted.Length) - 1)];
}
