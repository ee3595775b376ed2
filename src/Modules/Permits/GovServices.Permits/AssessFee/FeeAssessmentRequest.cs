namespace GovServices.Permits.AssessFee;

/// <summary>The body of a fee assessment.</summary>
/// <param name="Amount">Whole rupiah, only for a permit type whose fee the officer assesses.</param>
/// <param name="Note">A note kept in the history, up to 2,000 characters.</param>
internal sealed record FeeAssessmentRequest(long? Amount = null, string? Note = null);
