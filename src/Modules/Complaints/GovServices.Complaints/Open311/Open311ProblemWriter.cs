using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace GovServices.Complaints.Open311;

/// <summary>
/// Answers under <c>/open311</c> that the host gives before or instead of an Open311 endpoint — 405 (a method the
/// resource does not take), 413 (a body over the limit), 429 (the host's rate limit), an unknown path, a binding
/// failure — in the spec's error format rather than as problem documents: <c>[{code, description}]</c>, or
/// <c>errors/error</c> when the path ends in <c>.xml</c>. The description is the problem's text in the request's
/// language (the host's conventions are applied first); headers already set, such as Retry-After, stay.
/// </summary>
internal sealed class Open311ProblemWriter(IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) =>
        context.HttpContext.Request.Path.StartsWithSegments(Open311ApiPaths.Group, StringComparison.OrdinalIgnoreCase);

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        options.Value.CustomizeProblemDetails?.Invoke(context);
        var http = context.HttpContext;
        var status = context.ProblemDetails.Status ?? http.Response.StatusCode;
        var description = context.ProblemDetails.Detail ?? context.ProblemDetails.Title ?? ReasonPhrases.GetReasonPhrase(status);
        var format = (http.Request.Path.Value ?? "").EndsWith(".xml", StringComparison.OrdinalIgnoreCase) ? Open311Format.Xml : Open311Format.Json;
        return new ValueTask(Open311Result.Errors(format, status, description).ExecuteAsync(http));
    }
}
