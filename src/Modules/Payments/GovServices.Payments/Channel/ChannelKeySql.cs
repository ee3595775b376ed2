namespace GovServices.Payments.Channel;

internal static class ChannelKeySql
{
    public const string Table = "payments.channel";

    /// <summary><c>key_protection</c> of a key kept in clear, as rows written before migration 0003 are.</summary>
    public const string Unprotected = "none";

    /// <summary><c>key_protection</c> of a key protected with the host's Data Protection key ring (docs/adr/0020).</summary>
    public const string DataProtection = "data_protection";

    public static readonly string[] Columns = ["client_id", "signing_key", "key_protection", "updated_at"];

    public static readonly string[] Key = ["client_id"];

    public const string SelectSigningKey = """
        SELECT signing_key AS SigningKey, key_protection AS KeyProtection
        FROM payments.channel
        WHERE client_id = @client_id
        """;

    public const string SelectUnprotected = """
        SELECT client_id AS ClientId, signing_key AS SigningKey, key_protection AS KeyProtection
        FROM payments.channel
        WHERE key_protection = @unprotected
        """;

    /// <summary>Conditional, so that an instance re-protecting at the same time as another changes the row once.</summary>
    public const string Protect = """
        UPDATE payments.channel
        SET signing_key = @signing_key,
            key_protection = @data_protection,
            updated_at = @updated_at
        WHERE client_id = @client_id
            AND key_protection = @unprotected
        """;
}
