using Microsoft.AspNetCore.Http;

namespace GovServices.BuildingBlocks.Http.Idempotency;

/// <summary>
/// Idempotent endpoints compare the raw body of a retry with the first one; model binding reads the body before
/// endpoint filters run, so it must be kept readable from the start.
/// </summary>
internal sealed class IdempotencyRequestBufferingMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext httpContext)
    {
        if (httpContext.GetEndpoint()?.Metadata.GetMetadata<IdempotencyKeyMetadata>() is not null
            && httpContext.Request.Headers.ContainsKey(IdempotencyKeyMetadata.HeaderName))
        {
            httpContext.Request.EnableBuffering();
        }

        return next(httpContext);
    }
}
