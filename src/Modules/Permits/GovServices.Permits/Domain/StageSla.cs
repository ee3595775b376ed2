namespace GovServices.Permits.Domain;

/// <summary>Working days the issuing OPD has for each stage where the city, not the applicant, is on the clock.</summary>
/// <param name="Verification">From submission to the start of the review (completeness check).</param>
/// <param name="Review">From the start of the review to a decision (approve, reject or ask for a revision).</param>
/// <param name="FeeAssessment">From approval to the fee being assessed and the invoice issued.</param>
internal sealed record StageSla(int Verification, int Review, int FeeAssessment)
{
    /// <summary>The working days of the stage an application enters, or null where no SLA runs.</summary>
    public int? For(string status) => status switch
    {
        ApplicationStatus.Submitted => Verification,
        ApplicationStatus.UnderReview => Review,
        ApplicationStatus.Approved => FeeAssessment,
        _ => null,
    };
}
