using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace GovServices.Identity.Cors;

/// <summary>
/// Which browser origins may call the API: those in <c>Identity:AllowedOrigins</c> and those of the redirect
/// URIs of registered public clients — registering a front-end is what allows it. Nothing else, in any
/// environment. Bearer tokens, not cookies, so credentials are never allowed cross-origin.
/// </summary>
internal sealed class ClientOriginsCorsPolicyProvider(IServiceScopeFactory scopes, GovIdentityOptions options, TimeProvider clock)
    : ICorsPolicyProvider
{
    // Clients change rarely; a short cache keeps the database out of every preflight.
    private static readonly TimeSpan CacheDuration = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private (HashSet<string> Origins, DateTimeOffset LoadedAt)? _registered;

    public async Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
    {
        var origins = new HashSet<string>(options.AllowedOrigins.Select(Normalise), StringComparer.OrdinalIgnoreCase);
        origins.UnionWith(await RegisteredOriginsAsync(context.RequestAborted));

        return new CorsPolicyBuilder()
            .WithOrigins([.. origins])
            .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete)
            .WithHeaders("Authorization", "Content-Type", "Accept", "Accept-Language", "If-Match", "Idempotency-Key", "X-Purpose")
            .WithExposedHeaders("ETag", "Location", "Retry-After", "Idempotent-Replayed")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))
            .Build();
    }

    private async Task<IReadOnlySet<string>> RegisteredOriginsAsync(CancellationToken cancellationToken)
    {
        if (_registered is { } cached && clock.GetUtcNow() - cached.LoadedAt < CacheDuration)
            return cached.Origins;

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_registered is { } fresh && clock.GetUtcNow() - fresh.LoadedAt < CacheDuration)
                return fresh.Origins;

            await using var scope = scopes.CreateAsyncScope();
            var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
            var origins = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
            {
                // A disabled client has lost its endpoint permissions, and with them its browser origins.
                if (!await applications.HasClientTypeAsync(application, OpenIddictConstants.ClientTypes.Public, cancellationToken)
                    || !await applications.HasPermissionAsync(application, OpenIddictConstants.Permissions.Endpoints.Authorization, cancellationToken))
                    continue;
                foreach (var uri in await applications.GetRedirectUrisAsync(application, cancellationToken))
                    origins.Add(Normalise(uri));
            }

            _registered = (origins, clock.GetUtcNow());
            return origins;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private static string Normalise(string uri) => new Uri(uri).GetLeftPart(UriPartial.Authority);
}
