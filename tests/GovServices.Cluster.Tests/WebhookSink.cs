using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace GovServices.Cluster.Tests;

/// <summary>
/// The partner app's webhook receiver during the load (Kestrel on 127.0.0.1, in the test process): every request is
/// checked with an independent Standard Webhooks implementation and kept by its <c>webhook-id</c>. The first attempt of
/// every <see cref="RefuseEvery"/>th webhook is answered 503, so that retries (5 s later, by whichever instance claims
/// them) are part of the load too.
/// </summary>
internal sealed class WebhookSink : IAsyncDisposable
{
    public const int RefuseEvery = 10;

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ReceivedEvent> _events = new(StringComparer.Ordinal);
    private int _firstArrivals;
    private int _badSignatures;

    private WebhookSink(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    /// <summary>The endpoint's signing secret, known once the subscription is made.</summary>
    public string? Secret { get; set; }

    /// <summary>Every webhook received, by its id.</summary>
    public IReadOnlyCollection<ReceivedEvent> Events => [.. _events.Values];

    public int BadSignatures => _badSignatures;

    public static async Task<WebhookSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new WebhookSink(app);
        app.MapPost("/partner-app/hooks", sink.ReceiveAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        sink.Url = new Uri(new Uri(address), "/partner-app/hooks");
        return sink;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var id = context.Request.Headers["webhook-id"].ToString();
        if (Secret is null || !IsSigned(body, context.Request.Headers))
        {
            Interlocked.Increment(ref _badSignatures);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var received = _events.GetOrAdd(id, _ => ReceivedEvent.From(id, body));
        var refuse = false;
        lock (received)
        {
            received.Attempts++;
            if (received.Attempts == 1)
                received.RefusedFirst = Interlocked.Increment(ref _firstArrivals) % RefuseEvery == 0;
            refuse = received.Attempts == 1 && received.RefusedFirst;
            if (!refuse)
                received.Accepted++;
        }

        context.Response.StatusCode = refuse ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status204NoContent;
    }

    private bool IsSigned(string body, IHeaderDictionary headers)
    {
        try
        {
            new StandardWebhook(Secret!).Verify(body, headers);
            return true;
        }
        catch (WebhookVerificationException)
        {
            return false;
        }
    }
}

/// <summary>One webhook (one <c>webhook-id</c>): what it said, how often it came and how often it was answered 2xx.</summary>
internal sealed class ReceivedEvent
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    /// <summary>The complaint's or application's id.</summary>
    public required string Subject { get; init; }

    public required string? ToStatus { get; init; }

    public int Attempts { get; set; }

    public int Accepted { get; set; }

    public bool RefusedFirst { get; set; }

    public static ReceivedEvent From(string id, string body)
    {
        var json = JsonNode.Parse(body)!;
        var data = json["data"]!;
        return new ReceivedEvent
        {
            Id = id,
            Type = json["type"]!.GetValue<string>(),
            Subject = (data["complaintId"] ?? data["applicationId"])?.GetValue<string>() ?? "",
            ToStatus = data["toStatus"]?.GetValue<string>(),
        };
    }
}
