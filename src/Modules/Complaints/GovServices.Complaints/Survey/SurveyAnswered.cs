namespace GovServices.Complaints.Survey;

/// <summary>The survey's answer as recorded.</summary>
/// <param name="TrackingCode">The complaint's public tracking code.</param>
/// <param name="Answer"><c>fixed</c> or <c>not_fixed</c>.</param>
/// <param name="AskedAt">When the reporter was asked (UTC).</param>
/// <param name="AnsweredAt">When they answered (UTC).</param>
/// <param name="Status">The complaint's status after the answer: <c>closed</c> after <c>fixed</c>, <c>reopened</c> after <c>not_fixed</c>.</param>
/// <param name="AlreadyAnswered">True when this answer had been given before: nothing changed this time.</param>
internal sealed record SurveyAnswered(string TrackingCode, string Answer, DateTimeOffset AskedAt, DateTimeOffset AnsweredAt, string Status, bool AlreadyAnswered);
