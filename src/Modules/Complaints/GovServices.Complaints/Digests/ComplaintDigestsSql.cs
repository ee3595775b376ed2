using GovServices.Complaints.Domain;

namespace GovServices.Complaints.Digests;

internal static class ComplaintDigestsSql
{
    public const string Dispositioned = """
        SELECT opd_code AS OpdCode, tracking_code AS TrackingCode, category_code AS CategoryCode, follow_up_due_on AS DueOn
        FROM complaints.complaint
        WHERE dispositioned_at >= @from
          AND dispositioned_at < @until
        ORDER BY dispositioned_at, id
        """;

    /// <summary>The complaints still in <paramref name="stage"/> whose due date of it compares as <paramref name="dueCondition"/> says.</summary>
    public static string InStage(string stage, string dueCondition) => $"""
        SELECT opd_code AS OpdCode, tracking_code AS TrackingCode, category_code AS CategoryCode, {ComplaintSql.DueDateColumn(stage)} AS DueOn
        FROM complaints.complaint
        WHERE {StatusCondition(stage)}
          AND {ComplaintSql.DueDateColumn(stage)} {dueCondition}
        ORDER BY {ComplaintSql.DueDateColumn(stage)}, filed_at, id
        """;

    /// <summary>While a complaint is in a stage: the statuses of <see cref="ComplaintSql.OverdueCondition"/>.</summary>
    private static string StatusCondition(string stage) => stage switch
    {
        DeadlineStage.Verification => "status IN ('submitted', 'verified')",
        DeadlineStage.FollowUp => "status = 'dispositioned'",
        DeadlineStage.Resolution => "status IN ('dispositioned', 'in_progress', 'reopened')",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "not a deadline stage"),
    };
}
