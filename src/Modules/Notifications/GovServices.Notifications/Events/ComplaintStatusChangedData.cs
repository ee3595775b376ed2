namespace GovServices.Notifications.Events;

/// <summary>The <c>data</c> of <c>complaint.status_changed</c>: no reporter, no text — fetch the complaint for those.</summary>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="TrackingCode">Its public tracking code.</param>
/// <param name="FromStatus">The status it left; null when it was just filed.</param>
/// <param name="ToStatus">The status it reached.</param>
/// <param name="Category">Its category code.</param>
/// <param name="Opd">The OPD responsible for it.</param>
internal sealed record ComplaintStatusChangedData(Guid ComplaintId, string TrackingCode, string? FromStatus, string ToStatus, string Category, string Opd);
