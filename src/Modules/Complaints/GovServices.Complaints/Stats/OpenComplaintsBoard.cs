namespace GovServices.Complaints.Stats;

/// <summary>The Command Centre's board of the complaints still open now.</summary>
/// <param name="AsOf">When the figures were taken (UTC).</param>
/// <param name="Open">Complaints submitted, verified, dispositioned, in progress or reopened.</param>
/// <param name="Overdue">Those past the due date of the stage they are in (the list's <c>overdue=true</c> rule).</param>
/// <param name="ByOpd">Per OPD, the most overdue first.</param>
/// <param name="MostOverdue">The overdue complaints, the longest late first, at most <see cref="GetOpenComplaintsBoardQuery.ListedOverdue"/>.</param>
/// <param name="Points">The open complaints that are not confidential and have a location, at most <see cref="GetOpenComplaintsBoardQuery.MaxPoints"/>.</param>
internal sealed record OpenComplaintsBoard(
    DateTimeOffset AsOf,
    int Open,
    int Overdue,
    IReadOnlyList<OpdBacklog> ByOpd,
    IReadOnlyList<OverdueComplaint> MostOverdue,
    IReadOnlyList<ComplaintPoint> Points);

/// <summary>One OPD's open and overdue complaints.</summary>
internal sealed record OpdBacklog(string Opd, int Open, int Overdue);

/// <summary>An overdue complaint by its public name: tracking code, category, OPD and calendar days past due.</summary>
internal sealed record OverdueComplaint(Guid Id, string TrackingCode, string Category, string Opd, int DaysLate);

/// <summary>A public complaint on the map: its tracking code, category, status and location.</summary>
internal sealed record ComplaintPoint(string TrackingCode, string Category, string Status, string Opd, double Latitude, double Longitude);
