using GovServices.Audit.VerifyChain;
using GovServices.BuildingBlocks.Messaging;
using GovServices.Calendar.ListYears;
using GovServices.CivilRegistry.RegistryActivity;
using GovServices.Complaints.Stats;
using GovServices.Host.Instances;
using GovServices.Notifications.DeliveryBacklog;
using GovServices.Payments.Reports;
using GovServices.Permits.PermitsBoard;

namespace GovServices.Host.CommandCentre;

/// <summary>
/// What the wall screen shows, every figure the answer of the same query the API's endpoint sends (ADR 0056). A panel
/// is null when its query failed or the viewer may not see it; each says when it was taken.
/// </summary>
internal sealed record CommandCentreSnapshot(
    string? Opd,
    ComplaintsPanel? Complaints,
    PermitsBoard? Permits,
    RevenuePanel? Revenue,
    RegistryActivity? Registry,
    IntegrityPanel? Integrity,
    SystemPanel? System);

/// <summary>Complaints filed today, in 7 and 30 days (<c>/complaints/stats</c>), and the open ones now.</summary>
internal sealed record ComplaintsPanel(DateTimeOffset AsOf, ComplaintStats? Today, ComplaintStats? Week, ComplaintStats? Month, OpenComplaintsBoard Board, MapBounds Bounds);

/// <summary>The box the map is drawn in when no tiles are configured (Complaints:CityBounds), and the tile layer if any.</summary>
internal sealed record MapBounds(double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude, string? TileUrl);

/// <summary>Payments today and this month (<c>/payments/reports/daily-totals</c>).</summary>
internal sealed record RevenuePanel(DateTimeOffset AsOf, DailyTotalsReport Today, DailyTotalsReport Month);

/// <summary>
/// Each module's audit chain (<c>/audit/verify?module=</c>), each schema's outbox backlog (the <c>govservices.outbox.*</c>
/// gauges' reading) and the delivery engine's backlog per channel.
/// </summary>
internal sealed record IntegrityPanel(
    DateTimeOffset AsOf,
    DateTimeOffset ChainsAsOf,
    IReadOnlyList<ChainVerification> Chains,
    IReadOnlyList<OutboxMetrics.OutboxBacklog> Outboxes,
    IReadOnlyList<ChannelBacklog> Deliveries);

/// <summary>
/// The instances alive on this database (<see cref="InstanceRegistry"/>), this one's readiness (<c>/health/ready</c>)
/// and the calendar's years (<c>/calendar/years</c>).
/// </summary>
internal sealed record SystemPanel(
    DateTimeOffset AsOf,
    IReadOnlyList<InstanceView> Instances,
    string Readiness,
    IReadOnlyList<CheckStatus> Checks,
    IReadOnlyList<CalendarYearSummary> CalendarYears);

/// <summary>One readiness check by name.</summary>
internal sealed record CheckStatus(string Name, string Status);
