using Microsoft.Net.Http.Headers;

namespace GovServices.Host.Http;

/// <summary>
/// Headers every answer carries (docs/adr/0064): <c>X-Content-Type-Options: nosniff</c> on all of them;
/// <c>Cache-Control: no-store</c> on the API's, the Open311 and the sign-in answers unless an endpoint chose its own
/// caching for public data (so no shared cache or browser keeps a complaint's reporter, a payer or a NIK); and on every
/// HTML page a Content-Security-Policy with <c>frame-ancestors 'none'</c>, <c>X-Frame-Options</c> and a
/// <c>Referrer-Policy</c>, unless the page set a stricter policy of its own (the Command Centre's, ADR 0056).
/// Outside Development, HTTPS answers also carry HSTS (<see cref="UseStrictTransportSecurity"/>).
/// </summary>
internal static class ResponseSecurityHeaders
{
    /// <summary>
    /// The pages' default policy. Styles may be inline: the sign-in page has one small style element and ReDoc and
    /// Swagger UI set styles from script; scripts only from the host, never inline. Fonts may be data URIs: ReDoc's bundle
    /// carries its icon font inline. No <c>form-action</c>: the
    /// sign-in form's answer redirects on to the client's registered redirect URI, which browsers check against it.
    /// </summary>
    public const string PagePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; worker-src 'self' blob:; base-uri 'none'; frame-ancestors 'none'";

    private static readonly string[] NoStorePrefixes = ["/api", "/open311", "/account"];

    public static IApplicationBuilder UseResponseSecurityHeaders(this IApplicationBuilder app)
    {
        return app.Use(async (context, next) =>
        {
            // OnStarting callbacks run last-registered first: a page's own headers are set before these defaults.
            context.Response.OnStarting(static state =>
            {
                Apply((HttpContext)state);
                return Task.CompletedTask;
            }, context);
            await next(context);
        });
    }

    /// <summary>HSTS on HTTPS answers outside Development (never on loopback names, where ASP.NET Core leaves it out).</summary>
    public static IServiceCollection AddStrictTransportSecurity(this IServiceCollection services) =>
        services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));

    public static WebApplication UseStrictTransportSecurity(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseHsts();
        return app;
    }

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";

        var path = context.Request.Path;
        if (string.IsNullOrEmpty(headers.CacheControl) && NoStorePrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
            headers.CacheControl = "no-store";

        if (!MediaTypeHeaderValue.TryParse(context.Response.ContentType, out var type) || !type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase))
            return;
        if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            headers.ContentSecurityPolicy = PagePolicy;
        // Antiforgery sets SAMEORIGIN on pages with a form; nothing of ours is ever framed, not even by ourselves.
        headers.XFrameOptions = "DENY";
        if (!headers.ContainsKey("Referrer-Policy"))
            headers["Referrer-Policy"] = "no-referrer";
    }
}
