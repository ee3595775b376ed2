using GovServices.Audit.VerifyChain;
using GovServices.Calendar.ListYears;
using GovServices.Complaints.Stats;
using GovServices.Payments.Reports;

namespace GovServices.Host.CommandCentre;

/// <summary>
/// What the wall screen shows, every figure the answer of the same query the API's endpoint sends (ADR 0056). A panel
/// is null when its query failed or the viewer may not see it; each says when it was taken.
/// </summary>
internal sealed record CommandCentreSnapshot(
    string? Opd,
    ComplaintsPanel? Complaints,
    RevenuePanel? Revenue,
    IntegrityPanel? Integrity,
    SystemPanel? System);

/// <summary>Complaints filed today, in 7 and 30 days (<c>/complaints/stats</c>), and the open ones now.</summary>
internal sealed record ComplaintsPanel(DateTimeOffset AsOf, ComplaintStats? Today, ComplaintStats? Week, ComplaintStats? Month, OpenComplaintsBoard Board, MapBounds Bounds);

/// <summary>The box the map is drawn in when no tiles are configured (Permits:CityBounds), and the tile layer if any.</summary>
internal sealed record MapBounds(double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude, string? TileUrl);

/// <summary>Payments today and this month (<c>/payments/reports/daily-totals</c>).</summary>
internal sealed record RevenuePanel(DateTimeOffset AsOf, DailyTotalsReport Today, DailyTotalsReport Month);

/// <summary>Each module's audit chain (<c>/audit/{module}/verify</c>) and each schema's outbox backlog.</summary>
internal sealed record IntegrityPanel(DateTimeOffset AsOf, IReadOnlyList<ChainVerification> Chains);

/// <summary>Readiness (<c>/health/ready</c>) and the calendar's years (<c>/calendar/years</c>).</summary>
internal sealed record SystemPanel(DateTimeOffset AsOf, string Readiness, IReadOnlyList<CheckStatus> Checks, IReadOnlyList<CalendarYearSummary> CalendarYears);

/// <summary>One readiness check by name.</summary>
internal sealed record CheckStatus(string Name, string Status);
