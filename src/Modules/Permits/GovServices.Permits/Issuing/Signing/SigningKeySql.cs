namespace GovServices.Permits.Issuing.Signing;

internal static class SigningKeySql
{
    public const string Active = "active";

    public const string Retired = "retired";

    public const string Columns = """
        key_id AS KeyId, public_key AS PublicKey, protected_private_key AS ProtectedPrivateKey, status AS Status,
        created_at AS CreatedAt
        """;

    public const string SelectAll = $"""
        SELECT {Columns}
        FROM permits.signing_key
        ORDER BY created_at DESC
        """;

    public const string SelectActive = $"""
        SELECT {Columns}
        FROM permits.signing_key
        WHERE status = @status
        """;

    public const string Insert = """
        INSERT INTO permits.signing_key (key_id, algorithm, public_key, protected_private_key, status, created_at, retired_at)
        VALUES (@key_id, @algorithm, @public_key, @protected_private_key, @status, @created_at, NULL)
        """;

    public const string Retire = """
        UPDATE permits.signing_key
        SET status = @retired_status,
            retired_at = @retired_at
        WHERE key_id = @key_id
          AND status = @active_status
        """;
}
