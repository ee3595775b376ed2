namespace GovServices.Complaints.Stats;

internal static class ComplaintStatsSql
{
    public const string SelectFiledBetween = """
        SELECT status AS Status, category_code AS CategoryCode, opd_code AS OpdCode,
               verification_due_on AS VerificationDueOn, follow_up_due_on AS FollowUpDueOn,
               resolution_due_on AS ResolutionDueOn, verified_at AS VerifiedAt, started_at AS StartedAt,
               resolved_at AS ResolvedAt, updated_at AS UpdatedAt
        FROM complaints.complaint
        WHERE filed_at >= @from
          AND filed_at < @to
        """;
}
