using GovServices.Permits.Domain;

namespace GovServices.Permits.ChangeStatus;

/// <summary>The body of a step that takes only a note; it may be left out.</summary>
/// <param name="Note">A note kept in the history, up to 2,000 characters.</param>
internal sealed record ApplicationStepNote(string? Note = null);

/// <summary>The body of a rejection.</summary>
/// <param name="Reason">Why the application is rejected (shown to the applicant), up to 2,000 characters.</param>
internal sealed record ApplicationRejection(string Reason);

/// <summary>The body of a revision request.</summary>
/// <param name="Items">What to revise, each with its reason; at most 50.</param>
/// <param name="Note">A general note, up to 2,000 characters.</param>
internal sealed record RevisionRequest(IReadOnlyList<RevisionItem> Items, string? Note = null);
