namespace GovServices.Complaints.Stats;

/// <summary>How one stage went for the complaints that have a due date for it.</summary>
/// <param name="Met">Finished on or before the due date (the day it finished, WITA).</param>
/// <param name="Missed">Finished after the due date, or not finished though the due date has passed.</param>
/// <param name="Pending">Not finished and not yet due.</param>
/// <param name="Compliance">Met ÷ (met + missed), rounded to four decimals; null while no complaint has met or missed it.</param>
internal sealed record StageCompliance(int Met, int Missed, int Pending, double? Compliance);
