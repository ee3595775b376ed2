namespace GovServices.Complaints.Stats;

/// <summary>The Command Centre's view of the complaints filed in a period.</summary>
/// <param name="From">The first day of the period (WITA), inclusive.</param>
/// <param name="To">The last day of the period (WITA), inclusive.</param>
/// <param name="AsOf">When the figures were taken (UTC): a stage still open is pending until its due date has passed by then.</param>
/// <param name="Total">Complaints filed in the period, confidential ones included.</param>
/// <param name="ByStatus">How many stand at each status now; every status is listed, with 0 where none.</param>
/// <param name="ByCategory">How many were filed under each category code (only categories with complaints).</param>
/// <param name="ByOpd">How many are with each department (OPD) code (only departments with complaints).</param>
/// <param name="Sla">Whether each stage finished by its due date.</param>
/// <param name="SlaByOpd">The same per department (OPD) code, for the departments with complaints: which OPD keeps its deadlines.</param>
internal sealed record ComplaintStats(
    DateOnly From,
    DateOnly To,
    DateTimeOffset AsOf,
    int Total,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, int> ByCategory,
    IReadOnlyDictionary<string, int> ByOpd,
    SlaCompliance Sla,
    IReadOnlyDictionary<string, SlaCompliance> SlaByOpd);
