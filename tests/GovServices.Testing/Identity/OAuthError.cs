using System.Text.Json.Serialization;

namespace GovServices.Testing.Identity;

/// <summary>A standard OAuth error response (RFC 6749 §5.2).</summary>
public sealed record OAuthError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string? ErrorDescription);
