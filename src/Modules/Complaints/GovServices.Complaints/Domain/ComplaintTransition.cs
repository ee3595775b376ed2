namespace GovServices.Complaints.Domain;

/// <summary>One row of <see cref="ComplaintLifecycle.Transitions"/>: <paramref name="Party"/> may take <paramref name="Action"/> from <paramref name="From"/>, which leads to <paramref name="To"/>.</summary>
internal sealed record ComplaintTransition(string From, string Action, string To, ComplaintParty Party);
