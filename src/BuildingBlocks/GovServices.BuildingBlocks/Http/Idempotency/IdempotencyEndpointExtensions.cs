using GovServices.BuildingBlocks.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovServices.BuildingBlocks.Http.Idempotency;

public static class IdempotencyEndpointExtensions
{
    /// <summary>The endpoint honours an optional <c>Idempotency-Key</c>; records live in the module's schema.</summary>
    public static RouteHandlerBuilder WithIdempotencyKey(this RouteHandlerBuilder builder, string schema) =>
        builder
            .WithMetadata(new IdempotencyKeyMetadata(schema))
            .AddEndpointFilter(new IdempotencyEndpointFilter(schema));

    public static IServiceCollection AddIdempotencyKeys(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(configuration.GetSection(IdempotencyOptions.SectionName).Get<IdempotencyOptions>() ?? new IdempotencyOptions());
        services.AddHttpContextAccessor();
        services.TryAddScoped<ICurrentActor, HttpCurrentActor>();
        services.AddHostedService<IdempotencyRecordCleanup>();
        return services;
    }

    /// <summary>Keeps request bodies of idempotent endpoints readable for comparison; place it after routing.</summary>
    public static IApplicationBuilder UseIdempotencyKeys(this IApplicationBuilder app) =>
        app.UseMiddleware<IdempotencyRequestBufferingMiddleware>();
}
