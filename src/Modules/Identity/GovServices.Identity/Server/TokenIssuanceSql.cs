namespace GovServices.Identity.Server;

/// <summary>
/// The hourly issuance counts. Adding is an update first, then an insert if the row is absent, then the update again if
/// another instance inserted it meanwhile: every instance's counts add up, on every database, without a lock.
/// </summary>
internal static class TokenIssuanceSql
{
    public const string Table = "\"identity\".token_issuance";

    public static readonly string[] Columns = ["hour_start", "client_id", "grant_type", "token_count", "last_issued_at"];

    public static readonly string[] Key = ["hour_start", "client_id", "grant_type"];

    public const string Add = """
        UPDATE "identity".token_issuance
        SET token_count = token_count + @token_count,
            last_issued_at = CASE WHEN last_issued_at < @last_issued_at THEN @last_issued_at ELSE last_issued_at END
        WHERE hour_start = @hour_start
          AND client_id = @client_id
          AND grant_type = @grant_type
        """;
}
