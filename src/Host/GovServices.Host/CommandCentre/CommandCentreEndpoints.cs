using System.Globalization;
using System.Text;
using System.Text.Json;
using GovServices.Identity.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GovServices.Host.CommandCentre;

/// <summary>
/// The Command Centre (ADR 0056): the wall screen's page, its figures as one JSON document, the Server-Sent Events
/// stream that pushes them when they change, and the printable daily summary. Signed in with the host's session
/// cookie, set by the sign-in page.
/// </summary>
internal static class CommandCentreEndpoints
{
    public const string Page = "/command-centre";
    public const string Snapshot = "/command-centre/snapshot";
    public const string Events = "/command-centre/events";
    public const string Daily = "/command-centre/daily";

    /// <summary>Sent on an idle stream so that proxies keep it open and a dead one is noticed.</summary>
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public static IServiceCollection AddCommandCentre(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(CommandCentreOptions.From(configuration));
        services.AddSingleton<CommandCentreSnapshots>();
        services.AddScoped<CommandCentreDailySummary>();
        return services;
    }

    public static IEndpointRouteBuilder MapCommandCentre(this IEndpointRouteBuilder endpoints)
    {
        // The sign-in page's session cookie, never a bearer token: a browser's EventSource cannot send one.
        var signedIn = new AuthorizationPolicyBuilder(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser().Build();
        endpoints.MapGet(Page, ShowPageAsync).RequireAuthorization(signedIn).ExcludeFromDescription();
        endpoints.MapGet(Snapshot, SnapshotAsync).RequireAuthorization(signedIn).ExcludeFromDescription();
        endpoints.MapGet(Events, StreamAsync).RequireAuthorization(signedIn).ExcludeFromDescription();
        endpoints.MapGet(Daily, DailyAsync).RequireAuthorization(signedIn).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> ShowPageAsync(HttpContext httpContext, UserManager<GovUser> users) =>
        await CommandCentreViewer.FromAsync(httpContext.User, users) is { } viewer
            ? Results.Content(CommandCentrePage.Render(viewer), "text/html; charset=utf-8")
            : Refused();

    private static async Task<IResult> SnapshotAsync(HttpContext httpContext, UserManager<GovUser> users, CommandCentreSnapshots snapshots, IOptions<JsonOptions> json)
    {
        if (await CommandCentreViewer.FromAsync(httpContext.User, users) is not { } viewer)
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        var snapshot = await snapshots.CurrentAsync(viewer.Opd, httpContext.RequestAborted);
        return Results.Json(snapshot, json.Value.SerializerOptions);
    }

    /// <summary>
    /// One stream per screen: the figures as an <c>snapshot</c> event whenever they differ from the last sent, checked every
    /// refresh interval. The browser reconnects by itself (after <c>retry</c>) when the stream or the host goes away.
    /// </summary>
    private static async Task StreamAsync(
        HttpContext httpContext, UserManager<GovUser> users, CommandCentreSnapshots snapshots, CommandCentreOptions options,
        IOptions<JsonOptions> json, IHostApplicationLifetime lifetime)
    {
        if (await CommandCentreViewer.FromAsync(httpContext.User, users) is not { } viewer)
        {
            httpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        httpContext.Response.ContentType = "text/event-stream";
        httpContext.Response.Headers.CacheControl = "no-store";
        // A host that is stopping ends its streams at once, so its drain is not held up by screens (they reconnect).
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted, lifetime.ApplicationStopping);
        var cancellationToken = ending.Token;
        var body = httpContext.Response.Body;
        try
        {
            await WriteAsync(body, "retry: 2000\n\n", cancellationToken);
            string? sent = null;
            var quietSince = DateTimeOffset.UtcNow;
            while (!cancellationToken.IsCancellationRequested)
            {
                var snapshot = await snapshots.CurrentAsync(viewer.Opd, cancellationToken);
                var data = JsonSerializer.Serialize(snapshot, json.Value.SerializerOptions);
                if (!string.Equals(data, sent, StringComparison.Ordinal))
                {
                    await WriteAsync(body, $"event: snapshot\ndata: {data}\n\n", cancellationToken);
                    sent = data;
                    quietSince = DateTimeOffset.UtcNow;
                }
                else if (DateTimeOffset.UtcNow - quietSince > Heartbeat)
                {
                    await WriteAsync(body, ": heartbeat\n\n", cancellationToken);
                    quietSince = DateTimeOffset.UtcNow;
                }

                await Task.Delay(options.RefreshInterval, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The screen went away, or the host is stopping.
        }
    }

    private static async Task<IResult> DailyAsync(
        HttpContext httpContext, UserManager<GovUser> users, CommandCentreDailySummary summary, string? date)
    {
        if (await CommandCentreViewer.FromAsync(httpContext.User, users) is not { } viewer)
            return Refused();
        DateOnly? day = null;
        if (!string.IsNullOrEmpty(date))
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Tanggal tidak sah / Invalid date", detail: "date: YYYY-MM-DD (WITA).");
            day = parsed;
        }

        return Results.Content(await summary.RenderAsync(viewer, day, httpContext.RequestAborted), "text/html; charset=utf-8");
    }

    private static IResult Refused() =>
        Results.Content(CommandCentrePage.Refused(), "text/html; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);

    private static Task WriteAsync(Stream body, string text, CancellationToken cancellationToken) =>
        WriteAndFlushAsync(body, Encoding.UTF8.GetBytes(text), cancellationToken);

    private static async Task WriteAndFlushAsync(Stream body, byte[] bytes, CancellationToken cancellationToken)
    {
        await body.WriteAsync(bytes, cancellationToken);
        await body.FlushAsync(cancellationToken);
    }
}
