namespace GovServices.Permits.PermitsBoard;

internal static class PermitsBoardSql
{
    /// <summary>The applications between submission and issuing: where they stand and by when; nothing of the applicant.</summary>
    public const string SelectInProgress = """
        SELECT status AS Status, stage_due_on AS StageDueOn
        FROM permits.application
        WHERE status IN ('submitted', 'under_review', 'revision_requested', 'approved', 'fee_assessed', 'paid')
        """;

    /// <summary>The permits issued since a time, with when their application was submitted.</summary>
    public const string SelectIssuedSince = """
        SELECT issued.permit_type_code AS TypeCode, application.submitted_at AS SubmittedAt, issued.issued_at AS IssuedAt
        FROM permits.issued_permit issued
        JOIN permits.application application ON application.id = issued.application_id
        WHERE issued.issued_at >= @since
        """;
}
