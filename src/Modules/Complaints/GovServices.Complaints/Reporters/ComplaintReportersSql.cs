namespace GovServices.Complaints.Reporters;

internal static class ComplaintReportersSql
{
    public const string SelectReporter = """
        SELECT reporter_user_id AS ReporterUserId, reporter_contact AS ReporterContact, reporter_notify AS ReporterNotify
        FROM complaints.complaint
        WHERE id = @id
        """;
}
