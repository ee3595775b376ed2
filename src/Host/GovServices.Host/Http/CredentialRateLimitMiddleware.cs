using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace GovServices.Host.Http;

/// <summary>
/// Limits token requests (per client and IP) and sign-in posts (per IP). It runs before authentication because
/// OpenIddict answers a bad token request — a wrong secret — during authentication, before any endpoint's own
/// rate limit would see it, and those are exactly the requests to slow down.
/// </summary>
internal sealed class CredentialRateLimitMiddleware : IAsyncDisposable
{
    private readonly RequestDelegate _next;
    private readonly PartitionedRateLimiter<HttpContext> _limiter;

    private const string PartitionKey = "govservices.credential-rate-limit";

    public CredentialRateLimitMiddleware(RequestDelegate next, IOptions<RateLimitOptions> options)
    {
        _next = next;
        var limits = options.Value;
        _limiter = PartitionedRateLimiter.Create<HttpContext, string>(httpContext => httpContext.Items[PartitionKey] switch
        {
            string key when key.StartsWith("token:", StringComparison.Ordinal) => RateLimitingExtensions.PerMinute(key, limits.TokenRequestsPerMinute),
            string key => RateLimitingExtensions.PerMinute(key, limits.SignInAttemptsPerMinute),
            _ => RateLimitPartition.GetNoLimiter(""),
        });
    }

    public async Task InvokeAsync(HttpContext httpContext)
    {
        var key = await PartitionOfAsync(httpContext);
        if (key is null)
        {
            await _next(httpContext);
            return;
        }

        httpContext.Items[PartitionKey] = key;
        using var lease = await _limiter.AcquireAsync(httpContext, cancellationToken: httpContext.RequestAborted);
        if (lease.IsAcquired)
        {
            await _next(httpContext);
            return;
        }

        // An empty 429: the status code pages turn it into a problem response.
        httpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync() => _limiter.DisposeAsync();

    /// <summary>"token:&lt;client&gt;:&lt;ip&gt;" for token requests, "sign-in:&lt;ip&gt;" for sign-in posts, null otherwise.</summary>
    private static async Task<string?> PartitionOfAsync(HttpContext httpContext)
    {
        var request = httpContext.Request;
        if (!HttpMethods.IsPost(request.Method))
            return null;

        var ip = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (request.Path.Equals("/account/login", StringComparison.OrdinalIgnoreCase))
            return $"sign-in:{ip}";
        if (!request.Path.Equals("/connect/token", StringComparison.OrdinalIgnoreCase))
            return null;

        // The form is read (and kept) here; OpenIddict reads the same buffered form afterwards.
        var clientId = request.HasFormContentType ? (await request.ReadFormAsync(httpContext.RequestAborted))["client_id"].ToString() : "";
        return $"token:{clientId}:{ip}";
    }
}
