namespace GovServices.Complaints.Comments;

/// <summary>
/// A comment between the reporter and the staff handling the complaint. Comments are never public: only the OPD's
/// answer (given when resolving) is.
/// </summary>
/// <param name="Id">The comment's id.</param>
/// <param name="Author">reporter or staff.</param>
/// <param name="Staff">The staff member's user id, shown to staff only.</param>
/// <param name="Text">The comment.</param>
/// <param name="CreatedAt">When (UTC).</param>
internal sealed record CommentView(Guid Id, string Author, string? Staff, string Text, DateTimeOffset CreatedAt);
