using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace GovServices.Host.Http;

/// <summary>Every error the HTTP surface returns is an RFC 9457 problem (<c>application/problem+json</c>).</summary>
internal static class HttpProblemsExtensions
{
    /// <summary>
    /// Registers problem details, the exception handler, the answer to refused requests (an endpoint's own, else the
    /// default), the request body limit (<c>Http:MaxRequestBodyBytes</c>) and the request cultures that problem titles
    /// are written in.
    /// </summary>
    public static IServiceCollection AddHttpProblems(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HttpOptions>()
            .Bind(configuration.GetSection(HttpOptions.SectionName))
            .Validate(options => options.MaxRequestBodyBytes > 0, $"{HttpOptions.SectionName}:MaxRequestBodyBytes must be positive.")
            .ValidateOnStart();
        services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<HttpOptions>>((kestrel, http) => kestrel.Limits.MaxRequestBodySize = http.Value.MaxRequestBodyBytes);

        services.AddProblemDetails();
        services.AddSingleton<IConfigureOptions<ProblemDetailsOptions>, ProblemDetailsConventions>();
        services.AddExceptionHandler<HttpProblemExceptionHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, EndpointAuthorizationResultHandler>();

        // Without this, binding failures outside Development end as empty 400s that carry no explanation.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        services.Configure<RequestLocalizationOptions>(RequestCultures.Configure);
        return services;
    }

    /// <summary>
    /// Adds, outermost first: the request culture (so problem titles follow <c>Accept-Language</c>), the exception
    /// handler, the status code pages that give empty error responses (404, 405, ...) a problem body, and the
    /// request body limit.
    /// </summary>
    public static IApplicationBuilder UseHttpProblems(this IApplicationBuilder app)
    {
        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        return app;
    }
}
