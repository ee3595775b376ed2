namespace GovServices.Complaints.Survey;

/// <summary>The reporter's answer to "is it fixed?", signed in.</summary>
/// <param name="Answer"><c>fixed</c> (the complaint closes) or <c>not_fixed</c> (it reopens, once).</param>
internal sealed record SurveyReply(string Answer);

/// <summary>The answer given through the survey link's token, without an account.</summary>
/// <param name="Token">The token of the link as sent (the last part of <c>/survey/{token}</c>).</param>
/// <param name="Answer"><c>fixed</c> (the complaint closes) or <c>not_fixed</c> (it reopens, once).</param>
internal sealed record SurveyLinkReply(string Token, string Answer);
