using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace GovServices.Notifications.Tests;

/// <summary>
/// A real HTTP receiver on 127.0.0.1 (Kestrel, a port of its own) standing in for partner and OPD systems. Each path
/// is one receiver; a test sets how it answers, and every request is kept with its headers and body so that the test
/// can check the signature with an independent implementation (the StandardWebhooks package).
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<ReceivedWebhook, Task<ReceiverAnswer>>> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private WebhookReceiver(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/{**path}", receiver.ReceiveAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver.BaseAddress = new Uri(address);
        return receiver;
    }

    /// <summary>A fresh path, answered 200 unless told otherwise.</summary>
    public string NewUrl(out string path)
    {
        path = "r" + Guid.NewGuid().ToString("N");
        return new Uri(BaseAddress, "/" + path).ToString();
    }

    public void Answer(string path, Func<ReceivedWebhook, Task<ReceiverAnswer>> answer) => _answers[path] = answer;

    public void Answer(string path, params ReceiverAnswer[] answers)
    {
        var next = 0;
        Answer(path, _ => Task.FromResult(answers[Math.Min(Interlocked.Increment(ref next) - 1, answers.Length - 1)]));
    }

    public IReadOnlyList<ReceivedWebhook> At(string path) => [.. _received.Where(webhook => webhook.Path == path)];

    /// <summary>Waits until <paramref name="path"/> has received <paramref name="count"/> requests, or the patience runs out.</summary>
    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(string path, int count, TimeSpan? patience = null, Action? meanwhile = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(20));
        while (At(path).Count < count && DateTime.UtcNow < deadline)
        {
            meanwhile?.Invoke();
            await _arrived.WaitAsync(TimeSpan.FromMilliseconds(100));
        }

        return At(path);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }

    private async Task ReceiveAsync(string path, HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = new HeaderDictionary();
        foreach (var (name, value) in context.Request.Headers)
            headers[name] = value;
        var webhook = new ReceivedWebhook(path, headers, body, DateTimeOffset.UtcNow);
        _received.Enqueue(webhook);
        _arrived.Release();

        var answer = _answers.TryGetValue(path, out var answers) ? await answers(webhook) : ReceiverAnswer.Ok;
        context.Response.StatusCode = answer.StatusCode;
        if (answer.RetryAfterSeconds is { } seconds)
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await context.Response.WriteAsync(answer.Body ?? "", context.RequestAborted);
    }
}

/// <summary>One request a receiver got.</summary>
internal sealed record ReceivedWebhook(string Path, IHeaderDictionary Headers, string Body, DateTimeOffset ReceivedAt)
{
    public string Id => Headers["webhook-id"].ToString();

    public string Signature => Headers["webhook-signature"].ToString();

    /// <summary>
    /// How many of the space-separated signatures the StandardWebhooks package accepts as made with
    /// <paramref name="secret"/>, each checked on its own.
    /// </summary>
    public int SignaturesBy(string secret) =>
        Signature.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(signature =>
        {
            var headers = new HeaderDictionary();
            foreach (var (name, value) in Headers)
                headers[name] = value;
            headers["webhook-signature"] = signature;
            try
            {
                new StandardWebhook(secret).Verify(Body, headers);
                return true;
            }
            catch (WebhookVerificationException)
            {
                return false;
            }
        });

    public bool IsSignedWith(string secret) => SignaturesBy(secret) > 0;
}

/// <summary>How a receiver answers.</summary>
internal sealed record ReceiverAnswer(int StatusCode, int? RetryAfterSeconds = null, string? Body = null)
{
    public static readonly ReceiverAnswer Ok = new(200, Body: "ok");
}
