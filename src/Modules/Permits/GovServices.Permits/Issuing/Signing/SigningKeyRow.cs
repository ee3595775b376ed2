namespace GovServices.Permits.Issuing.Signing;

/// <summary>One row of <c>permits.signing_key</c>.</summary>
internal sealed class SigningKeyRow
{
    public string KeyId { get; init; } = "";

    /// <summary>The SubjectPublicKeyInfo, base64.</summary>
    public string PublicKey { get; init; } = "";

    /// <summary>The PKCS#8 private key protected with Data Protection, base64.</summary>
    public string ProtectedPrivateKey { get; init; } = "";

    public string Status { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }
}
