using GovServices.BuildingBlocks.Data;
using GovServices.Complaints.Contracts;

namespace GovServices.Complaints.Survey;

/// <summary><see cref="IComplaintSurveys"/> in the caller's unit of work: the token is made again from the row each time, never stored.</summary>
internal sealed class ComplaintSurveys(IUnitOfWork unitOfWork, SurveyToken tokens, TimeProvider clock) : IComplaintSurveys
{
    public async Task<ComplaintSurveyLink?> FindOpenAsync(Guid complaintId, CancellationToken cancellationToken = default)
    {
        var survey = await unitOfWork.QuerySingleOrDefaultAsync<SurveyRow>(SurveySql.SelectByComplaint, new { complaint_id = complaintId }, cancellationToken);
        if (survey is null || survey.AnsweredAt is not null || survey.ExpiresAt <= clock.GetUtcNow())
            return null;
        return new ComplaintSurveyLink(tokens.Create(survey.TokenId, survey.ExpiresAt), survey.ExpiresAt);
    }
}
