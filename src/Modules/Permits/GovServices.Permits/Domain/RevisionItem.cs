namespace GovServices.Permits.Domain;

/// <summary>One thing the reviewing officer asks the applicant to revise.</summary>
/// <param name="Item">What to revise: <c>form.&lt;field&gt;</c>, <c>documents.&lt;document type&gt;</c>, or <c>general</c>.</param>
/// <param name="Reason">Why, and what is expected, up to 1,000 characters.</param>
internal sealed record RevisionItem(string Item, string Reason);
