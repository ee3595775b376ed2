namespace GovServices.Complaints.Contracts;

/// <summary>
/// Whether the caller of the current request may read a complaint, by the rule of Complaints' own read API: for
/// another module that shows something about a complaint (Notifications' delivery statuses).
/// </summary>
public interface IComplaintReadAccess
{
    /// <summary>True when the complaint exists and the caller may read it.</summary>
    Task<bool> CanReadAsync(Guid complaintId, CancellationToken cancellationToken = default);
}
