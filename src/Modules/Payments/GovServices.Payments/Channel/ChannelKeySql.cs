namespace GovServices.Payments.Channel;

internal static class ChannelKeySql
{
    public const string Table = "payments.channel";

    public static readonly string[] Columns = ["client_id", "signing_key", "updated_at"];

    public static readonly string[] Key = ["client_id"];

    public const string SelectSigningKey = """
        SELECT signing_key
        FROM payments.channel
        WHERE client_id = @client_id
        """;
}
