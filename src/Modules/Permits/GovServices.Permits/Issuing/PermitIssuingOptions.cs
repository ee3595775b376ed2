using Microsoft.Extensions.Configuration;

namespace GovServices.Permits.Issuing;

/// <summary>Section <c>Permits:Issuing</c>: who signs the permits' tokens, with which keys, and where they are verified.</summary>
internal sealed class PermitIssuingOptions
{
    public const string SectionName = "Permits:Issuing";

    /// <summary>The tokens' <c>iss</c>: verifiers pin it together with the JWKS.</summary>
    public string TokenIssuer { get; set; } = "urn:govservices:kota-bontang:permits";

    /// <summary>
    /// Public address of the API (for example <c>https://api.bontangkota.go.id</c>); the QR code of a permit points at
    /// <c>{PublicBaseUrl}/api/v1/permits/verify/{token}</c>. Without it the verification link is relative.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// A PEM file with the P-256 private key that signs new permits (production; from a secret store). Without it the
    /// module keeps its own keys in the permits schema, the private key protected with Data Protection.
    /// </summary>
    public string? SigningKeyFile { get; set; }

    /// <summary>PEM files (public or private P-256 keys) of keys that signed earlier permits and must still verify them.</summary>
    public string[] RetiredKeyFiles { get; set; } = [];

    /// <summary>A key kept in the database signs for this long; then a new one takes over and the old one only verifies.</summary>
    public TimeSpan KeyRotationPeriod { get; set; } = TimeSpan.FromDays(180);

    /// <summary>How often each instance checks whether the database key is due for rotation.</summary>
    public TimeSpan KeyRotationCheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long an instance trusts its cached copy of the key set before reading it again.</summary>
    public TimeSpan KeyCacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    public static PermitIssuingOptions From(IConfiguration configuration)
    {
        var options = new PermitIssuingOptions();
        configuration.GetSection(SectionName).Bind(options);
        if (string.IsNullOrWhiteSpace(options.TokenIssuer))
            throw new InvalidOperationException("Permits:Issuing:TokenIssuer must not be empty.");
        if (options.PublicBaseUrl is { Length: > 0 } baseUrl && !Uri.TryCreate(baseUrl, UriKind.Absolute, out _))
            throw new InvalidOperationException("Permits:Issuing:PublicBaseUrl must be an absolute URL.");
        if (options.KeyRotationPeriod <= TimeSpan.Zero || options.KeyRotationCheckInterval <= TimeSpan.Zero || options.KeyCacheDuration <= TimeSpan.Zero)
            throw new InvalidOperationException("Permits:Issuing:KeyRotationPeriod, KeyRotationCheckInterval and KeyCacheDuration must be positive.");
        return options;
    }
}
