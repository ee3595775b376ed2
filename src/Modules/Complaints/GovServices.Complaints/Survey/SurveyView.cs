namespace GovServices.Complaints.Survey;

/// <summary>The "is it fixed?" survey of a complaint, for staff.</summary>
/// <param name="AskedAt">When the reporter was asked (UTC).</param>
/// <param name="ExpiresAt">Until when the answer is taken (UTC); the complaint does not close by itself before, unless answered.</param>
/// <param name="AnsweredAt">When the reporter answered (UTC); null while unanswered.</param>
/// <param name="Answer"><c>fixed</c> or <c>not_fixed</c>; null while unanswered.</param>
internal sealed record SurveyView(DateTimeOffset AskedAt, DateTimeOffset ExpiresAt, DateTimeOffset? AnsweredAt, string? Answer)
{
    public static SurveyView? Of(SurveyRow? row) => row is null ? null : new(row.AskedAt, row.ExpiresAt, row.AnsweredAt, row.Answer);
}
