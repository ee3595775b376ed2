using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace GovServices.Host.Tests.Diagnostics;

/// <summary>
/// Adds endpoints that exist only in tests, behind the application's own middleware: when no application endpoint
/// matches, the request falls through to these, still inside the exception handler, status code pages and body
/// limit. Production code therefore carries no test endpoints.
/// </summary>
internal sealed class DiagnosticEndpointsStartupFilter : IStartupFilter
{
    public const string EchoPath = "/test/echo";
    public const string ThrowPath = "/test/throw";
    public const string SecretExceptionMessage = "The vault combination is 4-8-15-16-23-42";

    /// <summary>An instant with a non-UTC offset, to show that responses carry it in UTC.</summary>
    public static readonly DateTimeOffset EchoedAt = new(2025, 3, 4, 9, 30, 0, TimeSpan.FromHours(7));

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.UseRouting();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapPost(EchoPath, (EchoRequest request) =>
                    TypedResults.Ok(new EchoReply(request.Name, request.Count, DayOfWeek.Tuesday, EchoedAt)))
                .ExcludeFromDescription();
            endpoints.MapGet(ThrowPath, string () => throw new InvalidOperationException(SecretExceptionMessage))
                .ExcludeFromDescription();
        });
    };
}
