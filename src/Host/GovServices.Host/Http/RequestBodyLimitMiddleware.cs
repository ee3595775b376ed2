using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace GovServices.Host.Http;

/// <summary>
/// Enforces <see cref="HttpOptions.MaxRequestBodyBytes"/> the same way on every server. Kestrel enforces its own
/// limit (configured from the same option), but the in-memory test server enforces none, so there the body is
/// counted while it is read. A declared <c>Content-Length</c> over the limit is refused before anything is read.
/// An endpoint that declares its own limit (<see cref="IRequestSizeLimitMetadata"/>, for example a file upload) gets
/// that one instead; null means no limit.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<HttpOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var endpointLimit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
        if (endpointLimit is not null && endpointLimit.MaxRequestBodySize is null)
            return next(context);

        var maxBytes = endpointLimit?.MaxRequestBodySize ?? options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > maxBytes)
        {
            // An empty 413 is turned into a problem by the status code pages.
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        var serverEnforcesLimit = context.Features.Get<IHttpMaxRequestBodySizeFeature>() is not null;
        var canHaveBody = context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? true;
        if (!serverEnforcesLimit && canHaveBody)
        {
            context.Request.Body = new LengthLimitedReadStream(context.Request.Body, maxBytes);
        }

        return next(context);
    }
}
