using GovServices.Complaints.Domain;

namespace GovServices.Complaints.Open311;

/// <summary>
/// GeoReport v2 knows two statuses. A complaint is <c>closed</c> once the city has answered it (resolved), turned it
/// down (rejected), or it ended (closed, withdrawn); every other status is <c>open</c>, a reopened one included.
/// </summary>
internal static class Open311Status
{
    public const string Open = "open";
    public const string Closed = "closed";

    public static readonly IReadOnlyList<string> ClosedStatuses =
        [ComplaintStatus.Rejected, ComplaintStatus.Resolved, ComplaintStatus.Closed, ComplaintStatus.Withdrawn];

    public static readonly IReadOnlyList<string> OpenStatuses =
        [ComplaintStatus.Submitted, ComplaintStatus.Verified, ComplaintStatus.Dispositioned, ComplaintStatus.InProgress, ComplaintStatus.Reopened];

    public static string Of(string complaintStatus) => ClosedStatuses.Contains(complaintStatus) ? Closed : Open;
}
