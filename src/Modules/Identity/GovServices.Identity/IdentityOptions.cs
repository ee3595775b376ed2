namespace GovServices.Identity;

/// <summary>Section <c>Identity</c>: the issuer, token lifetimes, signing material, browser origins.</summary>
internal sealed class GovIdentityOptions
{
    public const string SectionName = "Identity";

    /// <summary>
    /// The absolute https URL every instance puts in the tokens it issues and expects in the tokens it accepts; required
    /// outside Development (<see cref="Server.TokenIssuer"/>).
    /// </summary>
    public string? Issuer { get; set; }

    /// <summary>Short-lived: a revoked or disabled caller loses access within minutes even where tokens are cached.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    public TimeSpan AuthorizationCodeLifetime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// PKCS#12 file with the token signing certificate. Required in every environment but Development, tests included:
    /// without it the host refuses to start. Development uses OpenIddict's development certificates instead.
    /// </summary>
    public string? SigningCertificatePath { get; set; }

    public string? SigningCertificatePassword { get; set; }

    /// <summary>
    /// PKCS#12 file with the certificate that encrypts authorization codes and refresh tokens; required where
    /// <see cref="SigningCertificatePath"/> is.
    /// </summary>
    public string? EncryptionCertificatePath { get; set; }

    public string? EncryptionCertificatePassword { get; set; }

    /// <summary>Browser origins allowed to call the API, besides those of registered public clients.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Create the demo clients and users (README) at start-up; on in Development.</summary>
    public bool SeedDemoData { get; set; }

    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How often each instance adds the tokens it counted to the hourly issuance table (ADR 0063); a killed instance
    /// loses at most this much of its counts, a stopped one none.
    /// </summary>
    public TimeSpan TokenCountFlushInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How many valid access tokens each instance keeps the status of, so the API reads a token's entry once instead of
    /// at every call (ADR 0073); 0 reads it at every call. An entry lives no longer than its token.
    /// </summary>
    public int TokenStatusCacheSize { get; set; } = 100_000;

    /// <summary>
    /// How often each instance reads the revocation feed (SQLite, SQL Server) or checks its listening connection
    /// (PostgreSQL). The cache is served only while the last read is under 750 ms old, so keep this well below that.
    /// </summary>
    public TimeSpan RevocationPollInterval { get; set; } = TimeSpan.FromMilliseconds(250);
}
