namespace GovServices.Complaints.Reporters;

internal static class ComplaintReportersSql
{
    public const string SelectReporter = """
        SELECT reporter_user_id
        FROM complaints.complaint
        WHERE id = @id
        """;
}
