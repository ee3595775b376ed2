using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace GovServices.Host.Http;

/// <summary>
/// Turns exceptions into problem responses. Bad requests that ASP.NET Core reports by throwing
/// (<see cref="RouteHandlerOptions.ThrowOnBadRequest"/>) keep their status; anything else is a 500 whose
/// detail reveals the exception only in Development.
/// </summary>
internal sealed partial class HttpProblemExceptionHandler(
    IProblemDetailsService problemDetailsService,
    IHostEnvironment environment,
    ILogger<HttpProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception is BadHttpRequestException badRequest
            ? ProblemFor(badRequest, httpContext)
            : ProblemFor(exception, httpContext);

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetailsService.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private ProblemDetails ProblemFor(BadHttpRequestException exception, HttpContext httpContext)
    {
        LogBadRequest(logger, exception.StatusCode, exception);

        var problem = new ProblemDetails { Status = exception.StatusCode };
        if (exception.InnerException is JsonException json)
        {
            // The JSON path and position point at the offending field without echoing the (possibly huge) input.
            (long, long)? position = json is { LineNumber: { } line, BytePositionInLine: { } column }
                ? (line + 1, column + 1)
                : null;
            problem.Extensions[ProblemCodes.ExtensionName] = ProblemCodes.MalformedJson;
            problem.Detail = ProblemText.MalformedJsonDetail(json.Path ?? "$", position, RequestCultures.UiCultureOf(httpContext));
        }

        return problem;
    }

    private ProblemDetails ProblemFor(Exception exception, HttpContext httpContext)
    {
        LogUnhandledException(logger, httpContext.Request.Method, httpContext.Request.Path, exception);

        return new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Detail = environment.IsDevelopment() ? exception.ToString() : null,
            Extensions = { [ProblemCodes.ExtensionName] = ProblemCodes.InternalError },
        };
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Rejected a bad request with status {StatusCode}")]
    private static partial void LogBadRequest(ILogger logger, int statusCode, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception while processing {Method} {Path}")]
    private static partial void LogUnhandledException(ILogger logger, string method, PathString path, Exception exception);
}
