namespace GovServices.Complaints.Lifecycle;

/// <summary>The OPD's answer that resolves a complaint.</summary>
/// <param name="Answer">What was done, up to 4,000 characters. It is a public answer: shown with the complaint and, unless the complaint is confidential, on its public tracking page.</param>
internal sealed record Resolution(string Answer);
