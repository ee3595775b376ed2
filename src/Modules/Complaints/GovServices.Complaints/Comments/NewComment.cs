namespace GovServices.Complaints.Comments;

/// <summary>A comment to add.</summary>
/// <param name="Text">Up to 2,000 characters. Seen by the reporter and the staff handling the complaint, never publicly.</param>
internal sealed record NewComment(string Text);
