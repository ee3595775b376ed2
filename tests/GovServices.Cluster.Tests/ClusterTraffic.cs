using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace GovServices.Cluster.Tests;

/// <summary>
/// Sends requests through the load balancer over TLS (trusting only the proxy's certificate) and records every one,
/// so that the test can count requests per kind and tell errors from requests cut off by the kill.
/// </summary>
internal sealed class ClusterTraffic : IDisposable
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<RequestRecord> _records = new();
    private readonly HttpClient _client;
    private readonly ProxyCertificate _certificate;

    public ClusterTraffic(Uri baseAddress, ProxyCertificate certificate)
    {
        BaseAddress = baseAddress;
        _certificate = certificate;
        _client = CreateClient(cookies: null);
    }

    public Uri BaseAddress { get; }

    /// <summary>Time since the traffic began; the clock every record uses.</summary>
    public TimeSpan Now => _clock.Elapsed;

    public IReadOnlyCollection<RequestRecord> Records => _records;

    /// <summary>
    /// A browser's client: cookies in <paramref name="cookies"/> (one jar may serve several clients, so that one
    /// browser can talk to each instance), redirects shown rather than followed.
    /// </summary>
    public HttpClient CreateClient(CookieContainer? cookies)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = cookies is not null,
            CookieContainer = cookies ?? new CookieContainer(),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, errors) => _certificate.Validate(presented, errors) },
        };
        return new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = RequestTimeout };
    }

    /// <summary>
    /// Sends the request built by <paramref name="build"/> and records it under <paramref name="kind"/>; an answer
    /// with a status outside <paramref name="expected"/>, or none, is recorded as unexpected.
    /// </summary>
    public async Task<Answer> SendAsync(
        string kind, Func<HttpRequestMessage> build, IReadOnlyCollection<int> expected, string? bearer = null, string? routeTo = null, HttpClient? client = null)
    {
        using var request = build();
        if (bearer is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (routeTo is not null)
            request.Headers.Add(LoadBalancer.RouteHeader, routeTo);

        var started = Now;
        Answer answer;
        try
        {
            using var response = await (client ?? _client).SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            answer = new Answer(
                (int)response.StatusCode,
                body,
                response.Headers.TryGetValues(LoadBalancer.ServedByHeader, out var servedBy) ? servedBy.FirstOrDefault() : null,
                response.Headers.ETag?.Tag,
                response.Headers.Location?.ToString(),
                response.Headers.TryGetValues("Idempotent-Replayed", out var replayed) && replayed.Contains("true"));
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
        {
            answer = new Answer(0, exception.Message, null, null, null, Replayed: false);
        }

        var isExpected = expected.Contains(answer.Status);
        var detail = isExpected ? "" : $"{request.Method} {request.RequestUri}: {Shorten(answer.Body)}";
        _records.Enqueue(new RequestRecord(kind, started, Now, answer.Status, answer.ServedBy, isExpected, detail));
        return answer;
    }

    public void Dispose() => _client.Dispose();

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
