namespace GovServices.Host.CommandCentre;

/// <summary>
/// The Command Centre's pages, stream and assets: a strict Content-Security-Policy (scripts and styles from the host
/// only, nothing inline; tiles only from the configured layer), no framing, and nothing kept in a cache.
/// </summary>
internal static class CommandCentreSecurityHeaders
{
    public const string PathPrefix = "/command-centre";

    public static IApplicationBuilder UseCommandCentreSecurityHeaders(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<CommandCentreOptions>();
        var tiles = options.TileUrl is { } url ? " " + new Uri(url.Replace("{z}/{x}/{y}", "0/0/0", StringComparison.Ordinal)).GetLeftPart(UriPartial.Authority) : "";
        var policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:" + tiles
            + "; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        return app.UseWhen(
            context => context.Request.Path.StartsWithSegments(PathPrefix, StringComparison.OrdinalIgnoreCase),
            branch => branch.Use(async (context, next) =>
            {
                context.Response.OnStarting(() =>
                {
                    var headers = context.Response.Headers;
                    headers.ContentSecurityPolicy = policy;
                    headers.XFrameOptions = "DENY";
                    headers.XContentTypeOptions = "nosniff";
                    headers["Referrer-Policy"] = "no-referrer";
                    headers.CacheControl = "no-store";
                    return Task.CompletedTask;
                });
                await next(context);
            }));
    }
}
