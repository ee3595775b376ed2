using Microsoft.AspNetCore.Http;

namespace GovServices.BuildingBlocks.Http.Idempotency;

/// <summary>
/// A response produced into memory first, so that it can be stored with its idempotency key and committed
/// before the client sees any of it. Also replays a stored response.
/// </summary>
internal sealed class BufferedResponse(int statusCode, IReadOnlyDictionary<string, string> headers, byte[] body) : IResult
{
    /// <summary>Headers worth replaying: what a client of a create reads besides the body.</summary>
    private static readonly string[] KeptHeaders = ["Content-Type", "Location", "ETag"];

    public int StatusCode => statusCode;

    public IReadOnlyDictionary<string, string> Headers => headers;

    public byte[] Body => body;

    public static async Task<BufferedResponse> CaptureAsync(object? endpointResult, HttpContext httpContext)
    {
        var result = endpointResult as IResult ?? TypedResults.Ok(endpointResult);
        var response = httpContext.Response;
        var originalBody = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await result.ExecuteAsync(httpContext);
        }
        finally
        {
            response.Body = originalBody;
        }

        var captured = KeptHeaders
            .Where(name => response.Headers.ContainsKey(name))
            .ToDictionary(name => name, name => response.Headers[name].ToString());
        return new BufferedResponse(response.StatusCode, captured, buffer.ToArray());
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        foreach (var (name, value) in headers)
            response.Headers[name] = value;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, httpContext.RequestAborted);
    }
}
