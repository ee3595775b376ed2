using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.Complaints.Domain;
using Mediator;

namespace GovServices.Complaints.Survey;

/// <summary>What the survey page shows for a link: the question, or why it takes no answer any more.</summary>
internal sealed record ReadSurveyLinkQuery(string Token) : IQuery<Result<SurveyLinkState>>;

/// <summary>The survey behind a link, as its page shows it.</summary>
/// <param name="TrackingCode">The complaint's public tracking code.</param>
/// <param name="Answer">The answer already given; null while open.</param>
/// <param name="ExpiresAt">Until when the link answers (UTC).</param>
internal sealed record SurveyLinkState(string TrackingCode, string? Answer, DateTimeOffset ExpiresAt);

/// <summary>Reads only: opening the link changes nothing (mail scanners open links too); the answer is a POST.</summary>
internal sealed class ReadSurveyLinkHandler(IDbConnectionFactory connections, SurveyToken tokens, TimeProvider clock)
    : IQueryHandler<ReadSurveyLinkQuery, Result<SurveyLinkState>>
{
    public async ValueTask<Result<SurveyLinkState>> Handle(ReadSurveyLinkQuery query, CancellationToken cancellationToken)
    {
        if (tokens.Read(query.Token) is not { } read)
            return AnswerSurveyHandler.NotFound;

        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var survey = await connection.QuerySingleOrDefaultAsync<SurveyRow>(new CommandDefinition(
            SurveySql.SelectByToken, new { token_id = read.TokenId }, cancellationToken: cancellationToken));
        if (survey is null)
            return AnswerSurveyHandler.NotFound;
        if (survey.Answer is null && survey.ExpiresAt <= clock.GetUtcNow())
            return AnswerSurveyHandler.Expired;

        var complaint = await connection.QuerySingleAsync<ComplaintRow>(new CommandDefinition(
            ComplaintSql.SelectById, new { id = survey.ComplaintId }, cancellationToken: cancellationToken));
        if (survey.Answer is null && complaint.Status != ComplaintStatus.Resolved)
            return AnswerSurveyHandler.MovedOn;
        return new SurveyLinkState(complaint.TrackingCode, survey.Answer, survey.ExpiresAt);
    }
}
