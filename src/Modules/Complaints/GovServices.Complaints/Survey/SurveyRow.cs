namespace GovServices.Complaints.Survey;

/// <summary>One row of <c>complaints.complaint_survey</c>.</summary>
internal sealed class SurveyRow
{
    public Guid ComplaintId { get; init; }

    /// <summary>What the link's token carries instead of the complaint's id: random, unique.</summary>
    public Guid TokenId { get; init; }

    public DateTimeOffset AskedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? AnsweredAt { get; init; }

    /// <summary><see cref="SurveyAnswer.Fixed"/> or <see cref="SurveyAnswer.NotFixed"/> once answered.</summary>
    public string? Answer { get; init; }
}
