namespace GovServices.Complaints.Stats;

internal static class OpenComplaintsBoardSql
{
    /// <summary>The complaints still in a stage with a due date: no text and no reporter column is read.</summary>
    public const string SelectOpen = """
        SELECT id AS Id, tracking_code AS TrackingCode, status AS Status, category_code AS CategoryCode,
               opd_code AS OpdCode, confidential AS Confidential, latitude AS Latitude, longitude AS Longitude,
               verification_due_on AS VerificationDueOn, follow_up_due_on AS FollowUpDueOn,
               resolution_due_on AS ResolutionDueOn
        FROM complaints.complaint
        WHERE status IN ('submitted', 'verified', 'dispositioned', 'in_progress', 'reopened')
        """;
}
