namespace GovServices.Complaints.Lifecycle;

/// <summary>The body of a step that takes no other input; it may be left out.</summary>
/// <param name="Note">Why, for the complaint's history (up to 2,000 characters).</param>
internal sealed record StepNote(string? Note = null);
