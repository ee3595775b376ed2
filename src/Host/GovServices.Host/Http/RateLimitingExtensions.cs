using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using GovServices.BuildingBlocks.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace GovServices.Host.Http;

/// <summary>Rate limits: on credentials (token endpoint, sign-in) and the named policies endpoints ask for.</summary>
internal static class RateLimitingExtensions
{
    public static IServiceCollection AddGovServicesRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>()
            .Bind(configuration.GetSection(RateLimitOptions.SectionName))
            .Validate(options => options.TokenRequestsPerMinute > 0 && options.SignInAttemptsPerMinute > 0
                && options.RegistryLookupsPerMinute > 0 && options.PublicRequestsPerMinute > 0, "Rate limits must be positive.")
            .ValidateOnStart();

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(RateLimitPolicies.RegistryLookup, httpContext => PerMinute(
                "client:" + (httpContext.User.FindFirstValue("client_id") ?? "anonymous"),
                httpContext.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.RegistryLookupsPerMinute));
            limiter.AddPolicy(RateLimitPolicies.Public, httpContext => PerMinute(
                "ip:" + (httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                httpContext.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.PublicRequestsPerMinute));
        });
        return services;
    }

    /// <summary>Credential limits before authentication; endpoint policies after it, so they can see the client.</summary>
    public static IApplicationBuilder UseCredentialRateLimits(this IApplicationBuilder app) =>
        app.UseMiddleware<CredentialRateLimitMiddleware>();

    /// <summary>A fixed one-minute window with no queue: over the limit is refused at once, with Retry-After.</summary>
    public static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
