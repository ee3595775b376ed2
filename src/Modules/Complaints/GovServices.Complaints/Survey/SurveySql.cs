using GovServices.BuildingBlocks.Data;
using GovServices.Complaints.Domain;

namespace GovServices.Complaints.Survey;

/// <summary>The SQL of the "is it fixed?" survey (<c>complaints.complaint_survey</c>, ADR 0071).</summary>
internal static class SurveySql
{
    /// <summary>
    /// A complaint the survey asks about: still resolved, its reporter reachable (a citizen, or a partner app's reporter
    /// who consented with <c>notify: true</c>), and not yet reopened as often as the lifecycle allows, so that a
    /// <c>not_fixed</c> answer can reopen it. Parameters <c>@max_reopens</c> and <c>@consent</c> (true).
    /// </summary>
    public const string Surveyed = """
        c.status = 'resolved'
        AND c.reopen_count < @max_reopens
        AND (c.reporter_user_id IS NOT NULL OR c.reporter_notify = @consent)
        """;

    /// <summary>Complaints resolved before <c>@resolved_before</c> that the survey asks about and has not asked yet, oldest answer first.</summary>
    public static string SelectDue(ISqlDialect dialect) => $"""
        SELECT {ComplaintSql.SelectColumns}
        FROM complaints.complaint c
        WHERE {Surveyed}
        AND c.resolved_at <= @resolved_before
        AND NOT EXISTS (
            SELECT 1
            FROM complaints.complaint_survey s
            WHERE s.complaint_id = c.id)
        ORDER BY c.resolved_at, c.id
        {dialect.Limit("limit")}
        """;

    /// <summary>
    /// Holds a resolved complaint back from closing by itself while its survey is still to come or open: the survey is
    /// what asks before it closes (ADR 0071). Parameter <c>@now</c> besides those of <see cref="Surveyed"/>.
    /// </summary>
    public const string NotWaitingForSurvey = $"""
        NOT (
            {Surveyed}
            AND NOT EXISTS (
                SELECT 1
                FROM complaints.complaint_survey s
                WHERE s.complaint_id = c.id
                AND (s.answered_at IS NOT NULL OR s.expires_at <= @now)))
        """;

    public static string Insert(ISqlDialect dialect) => dialect.InsertIfAbsent(
        "complaints.complaint_survey", ["complaint_id", "token_id", "asked_at", "expires_at"], ["complaint_id"]);

    private const string Columns = """
        complaint_id AS ComplaintId, token_id AS TokenId, asked_at AS AskedAt, expires_at AS ExpiresAt,
        answered_at AS AnsweredAt, answer AS Answer
        """;

    public const string SelectByComplaint = $"""
        SELECT {Columns}
        FROM complaints.complaint_survey
        WHERE complaint_id = @complaint_id
        """;

    public const string SelectByToken = $"""
        SELECT {Columns}
        FROM complaints.complaint_survey
        WHERE token_id = @token_id
        """;

    /// <summary>Records the answer once: of two answers at the same moment one updates the row, the other none.</summary>
    public const string Answer = """
        UPDATE complaints.complaint_survey
        SET answered_at = @answered_at,
            answer = @answer
        WHERE complaint_id = @complaint_id
        AND answered_at IS NULL
        """;
}
