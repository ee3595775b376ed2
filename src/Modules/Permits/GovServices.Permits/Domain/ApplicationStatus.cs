namespace GovServices.Permits.Domain;

/// <summary>Where an application stands; stored and shown as these texts.</summary>
internal static class ApplicationStatus
{
    public const string Draft = "draft";
    public const string Submitted = "submitted";
    public const string UnderReview = "under_review";
    public const string RevisionRequested = "revision_requested";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string FeeAssessed = "fee_assessed";
    public const string Paid = "paid";
    public const string Issued = "issued";
    public const string Withdrawn = "withdrawn";

    public static readonly IReadOnlyList<string> All =
        [Draft, Submitted, UnderReview, RevisionRequested, Approved, Rejected, FeeAssessed, Paid, Issued, Withdrawn];

    /// <summary>The stages where the city is on the clock: an application here past its due date is overdue.</summary>
    public static readonly IReadOnlyList<string> WithCitySla = [Submitted, UnderReview, Approved];

    /// <summary>The applicant may change the form and the documents only here.</summary>
    public static bool IsEditable(string status) => status is Draft or RevisionRequested;
}
