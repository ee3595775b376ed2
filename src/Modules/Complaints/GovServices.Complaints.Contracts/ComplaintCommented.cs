using GovServices.BuildingBlocks.Messaging;

namespace GovServices.Complaints.Contracts;

/// <summary>
/// A comment the reporter can read was added to a complaint, by the reporter's side or by the staff handling it; so
/// that the other side can be told to look. Carries neither the text nor the author's name: the API shows them to
/// those allowed to read the complaint.
/// </summary>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="TrackingCode">Its public tracking code.</param>
/// <param name="CommentId">The comment.</param>
/// <param name="AuthorKind">Who wrote it: <c>staff</c> or <c>reporter</c>.</param>
/// <param name="OccurredAt">When it was added (UTC).</param>
/// <param name="Audience">The partner app that filed the complaint and the OPD it is routed to.</param>
public sealed record ComplaintCommented(
    Guid ComplaintId,
    string TrackingCode,
    Guid CommentId,
    string AuthorKind,
    DateTimeOffset OccurredAt,
    EventAudience Audience) : IAudiencedEvent;
