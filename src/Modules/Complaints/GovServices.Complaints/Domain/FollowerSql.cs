namespace GovServices.Complaints.Domain;

/// <summary>The SQL of a complaint's followers.</summary>
internal static class FollowerSql
{
    public const string Table = "complaints.complaint_follower";

    public static readonly string[] Columns = ["id", "complaint_id", "follower_key", "user_id", "client_id", "reporter_contact", "followed_at"];

    public const string Delete = """
        DELETE FROM complaints.complaint_follower
        WHERE complaint_id = @complaint_id AND follower_key = @follower_key
        """;

    public const string Count = """
        SELECT COUNT(*)
        FROM complaints.complaint_follower
        WHERE complaint_id = @complaint_id
        """;

    public const string SelectByComplaint = """
        SELECT user_id AS UserId, client_id AS ClientId, reporter_contact AS Contact, followed_at AS FollowedAt
        FROM complaints.complaint_follower
        WHERE complaint_id = @complaint_id
        ORDER BY followed_at, id
        """;

    /// <summary>
    /// A duplicate's followers follow the original from now on (keeping when they started), except those who already
    /// do; then the duplicate has none.
    /// </summary>
    public const string MoveToOriginal = """
        UPDATE complaints.complaint_follower
        SET complaint_id = @original_id
        WHERE complaint_id = @duplicate_id
          AND follower_key NOT IN (
              SELECT o.follower_key
              FROM complaints.complaint_follower o
              WHERE o.complaint_id = @original_id)
        """;

    public const string DeleteAll = """
        DELETE FROM complaints.complaint_follower
        WHERE complaint_id = @complaint_id
        """;
}
