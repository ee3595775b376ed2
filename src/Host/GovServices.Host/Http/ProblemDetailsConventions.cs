using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace GovServices.Host.Http;

/// <summary>
/// Gives every problem response the same shape: a stable <c>code</c>, a <c>type</c> derived from it,
/// a title (and, when none was given, a detail) in the caller's language, the request path as
/// <c>instance</c>, and the <c>traceId</c> that the logs and traces carry.
/// Problems that carry a code the host does not know keep the title, type and detail their producer chose.
/// </summary>
internal sealed class ProblemDetailsConventions(IOptions<HttpOptions> httpOptions) : IConfigureOptions<ProblemDetailsOptions>
{
    private const string TraceIdExtensionName = "traceId";

    public void Configure(ProblemDetailsOptions options) => options.CustomizeProblemDetails = Apply;

    private void Apply(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        var status = problem.Status ?? http.Response.StatusCode;
        var code = problem.Extensions.TryGetValue(ProblemCodes.ExtensionName, out var given) && given is string givenCode
            ? givenCode
            : ProblemCodes.ForStatus(status);

        problem.Status = status;
        problem.Instance ??= $"{http.Request.PathBase}{http.Request.Path}";
        problem.Extensions[ProblemCodes.ExtensionName] = code;
        problem.Extensions[TraceIdExtensionName] = TraceIdOf(http);

        var culture = RequestCultures.UiCultureOf(http);
        if (!ProblemText.TryGet(code, culture, out var text))
        {
            return;
        }

        problem.Type = ProblemCodes.TypeOf(code);
        problem.Title = text.Title;
        problem.Detail ??= code == ProblemCodes.PayloadTooLarge
            ? ProblemText.PayloadTooLargeDetail(httpOptions.Value.MaxRequestBodyBytes, culture)
            : text.Detail;
    }

    /// <summary>
    /// The bare W3C trace id, because that is what the log scopes and the trace backend show,
    /// so a caller quoting it leads straight to the request's logs and spans.
    /// </summary>
    private static string TraceIdOf(HttpContext http) =>
        Activity.Current?.TraceId.ToHexString() ?? http.TraceIdentifier;
}
