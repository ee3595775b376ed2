namespace GovServices.Complaints.Contracts;

/// <summary>
/// Who reported a complaint, for the module that tells them about it (Notifications). Anonymity hides the reporter
/// from others, not from their own messages. Each read is recorded in the complaint's audit trail with its purpose,
/// in the caller's unit of work.
/// </summary>
public interface IComplaintReporters
{
    /// <summary>The complaint's reporter; null when there is no such complaint.</summary>
    Task<ComplaintReporterContact?> FindAsync(Guid complaintId, string purpose, CancellationToken cancellationToken = default);
}

/// <summary>How to reach a complaint's reporter.</summary>
/// <param name="UserId">The signed-in citizen who filed it; their contacts are Identity's. Null when a partner app filed it.</param>
/// <param name="Contact">The phone number or email address a partner app gave for its reporter, only when the filing said <c>notify: true</c> (their consent); else null.</param>
public sealed record ComplaintReporterContact(string? UserId, string? Contact = null);
