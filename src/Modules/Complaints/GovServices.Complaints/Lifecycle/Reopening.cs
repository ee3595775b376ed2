namespace GovServices.Complaints.Lifecycle;

/// <summary>Why the reporter reopens a resolved complaint.</summary>
/// <param name="Reason">What is still wrong, up to 2,000 characters.</param>
internal sealed record Reopening(string Reason);
