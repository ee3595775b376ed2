using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Modules;
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
                && options.PublicRequestsPerMinute > 0, "Rate limits must be positive.")
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
            limiter.AddPolicy(RateLimitPolicies.Public, httpContext => PerMinute(
                KeyOf(RateLimitKey.IpAddress, httpContext),
                httpContext.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.PublicRequestsPerMinute));
        });
        services.AddOptions<RateLimiterOptions>().Configure<IEnumerable<ModuleDescriptor>, IConfiguration>(AddModulePolicies);
        return services;
    }

    /// <summary>The policies the modules declare, with their limits from configuration, read once at start.</summary>
    private static void AddModulePolicies(RateLimiterOptions limiter, IEnumerable<ModuleDescriptor> modules, IConfiguration configuration)
    {
        foreach (var policy in modules.SelectMany(module => module.RateLimitPolicies))
        {
            var permits = configuration.GetValue(policy.PermitsPerMinuteSetting, policy.DefaultPermitsPerMinute);
            if (permits <= 0)
                throw new InvalidOperationException($"{policy.PermitsPerMinuteSetting} must be positive.");
            limiter.AddPolicy(policy.Name, httpContext => PerMinute(KeyOf(policy.CountedPer, httpContext), permits));
        }
    }

    private static string KeyOf(RateLimitKey key, HttpContext httpContext) => key switch
    {
        RateLimitKey.Client => "client:" + (httpContext.User.FindFirstValue("client_id") ?? "anonymous"),
        _ => "ip:" + (httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
    };

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
