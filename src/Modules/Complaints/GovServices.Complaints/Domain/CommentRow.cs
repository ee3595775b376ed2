namespace GovServices.Complaints.Domain;

/// <summary>One row of <c>complaints.complaint_comment</c>.</summary>
internal sealed class CommentRow
{
    public Guid Id { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary><c>reporter</c> or <c>staff</c>.</summary>
    public string AuthorParty { get; init; } = "";

    public string? ActorUserId { get; init; }

    public string Body { get; init; } = "";
}
