namespace GovServices.Complaints.Contracts;

/// <summary>
/// Who follows a complaint besides its reporter, for the messages the reporter receives (issue #15): implemented by
/// the Complaints module. Followers who stop following are gone from the answer at once.
/// </summary>
public interface IComplaintFollowers
{
    /// <summary>The complaint's followers, oldest first; empty for an unknown complaint.</summary>
    Task<IReadOnlyList<ComplaintFollower>> ListAsync(Guid complaintId, CancellationToken cancellationToken);
}

/// <summary>A follower: a signed-in citizen, or a partner app following for one of its reporters.</summary>
/// <param name="UserId">The citizen's user id; null for a partner app's reporter.</param>
/// <param name="ClientId">The app through which they follow.</param>
/// <param name="Contact">The partner app's reporter's phone number or email address; null for a citizen.</param>
/// <param name="FollowedAt">Since when (UTC).</param>
public sealed record ComplaintFollower(string? UserId, string? ClientId, string? Contact, DateTimeOffset FollowedAt);
