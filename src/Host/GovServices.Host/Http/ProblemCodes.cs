using GovServices.BuildingBlocks.Http;

namespace GovServices.Host.Http;

/// <summary>
/// The stable <c>code</c> extension of the problems the host itself produces. Clients branch on these,
/// so a code never changes meaning once released.
/// </summary>
internal static class ProblemCodes
{
    public const string ExtensionName = "code";

    public const string BadRequest = "bad_request";
    public const string MalformedJson = "malformed_json";
    public const string Unauthorized = "unauthorized";
    public const string Forbidden = "forbidden";
    public const string NotFound = "not_found";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string Conflict = "conflict";
    public const string PreconditionFailed = "precondition_failed";
    public const string PayloadTooLarge = "payload_too_large";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string TooManyRequests = "too_many_requests";
    public const string InternalError = "internal_error";
    public const string ServiceUnavailable = "service_unavailable";
    public const string ClientError = "client_error";
    public const string ServerError = "server_error";

    /// <summary>The same type URIs as the problems that modules return through the building blocks.</summary>
    public static string TypeOf(string code) => ProblemTypes.For(code);

    public static string ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => BadRequest,
        StatusCodes.Status401Unauthorized => Unauthorized,
        StatusCodes.Status403Forbidden => Forbidden,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status409Conflict => Conflict,
        StatusCodes.Status412PreconditionFailed => PreconditionFailed,
        StatusCodes.Status413PayloadTooLarge => PayloadTooLarge,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => TooManyRequests,
        StatusCodes.Status500InternalServerError => InternalError,
        StatusCodes.Status503ServiceUnavailable => ServiceUnavailable,
        < StatusCodes.Status500InternalServerError => ClientError,
        _ => ServerError,
    };
}
