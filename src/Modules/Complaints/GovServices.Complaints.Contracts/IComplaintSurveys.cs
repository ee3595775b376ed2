namespace GovServices.Complaints.Contracts;

/// <summary>
/// The "is it fixed?" survey of a complaint, for the module that sends its link to the reporter (Notifications):
/// implemented by the Complaints module.
/// </summary>
public interface IComplaintSurveys
{
    /// <summary>The survey's answer token while it is open (asked, unanswered, not expired); else null.</summary>
    Task<ComplaintSurveyLink?> FindOpenAsync(Guid complaintId, CancellationToken cancellationToken = default);
}

/// <summary>What the reporter's link carries.</summary>
/// <param name="Token">The signed, expiring answer token: it names neither the complaint nor the reporter. Goes into the path <c>/survey/{token}</c>.</param>
/// <param name="ExpiresAt">Until when it answers (UTC).</param>
public sealed record ComplaintSurveyLink(string Token, DateTimeOffset ExpiresAt);
