namespace GovServices.Complaints.PublicStats;

/// <summary>
/// Public figures of the complaints filed in one period, for open-data portals and the press: never a confidential
/// complaint, never text or a person; every count from 1 to <paramref name="MinimumCount"/> − 1 is withheld (null).
/// </summary>
/// <param name="Period">week, month, quarter or year.</param>
/// <param name="From">The period's first day (WITA).</param>
/// <param name="To">The period's last day (WITA).</param>
/// <param name="GeneratedAt">When the figures were computed; they are kept for a minute.</param>
/// <param name="MinimumCount">The smallest count shown: smaller ones are null, and so is one more cell of a breakdown that would otherwise give a withheld count away.</param>
/// <param name="Total">Complaints filed in the period.</param>
/// <param name="Resolved">Of them, those the OPD has answered (resolved or closed since).</param>
/// <param name="MedianDaysToResolve">The median of the days from filing to the answer, one decimal; null while fewer than <paramref name="MinimumCount"/> are resolved.</param>
/// <param name="ResolvedWithinSla">Of those whose resolution due date has come or which are answered, the share answered by the due date (0–1); null below <paramref name="MinimumCount"/>.</param>
/// <param name="ByCategory">Counts per complaint category.</param>
/// <param name="ByOpd">Counts per OPD responsible.</param>
/// <param name="ByKecamatan">Counts per kecamatan, of the complaints whose filing named their kelurahan.</param>
/// <param name="ByKelurahan">Counts per kelurahan, likewise.</param>
/// <param name="WithoutKelurahan">Complaints whose filing named no kelurahan.</param>
internal sealed record PublicComplaintStats(
    string Period,
    DateOnly From,
    DateOnly To,
    DateTimeOffset GeneratedAt,
    int MinimumCount,
    int? Total,
    int? Resolved,
    double? MedianDaysToResolve,
    double? ResolvedWithinSla,
    IReadOnlyList<PublicCount> ByCategory,
    IReadOnlyList<PublicCount> ByOpd,
    IReadOnlyList<PublicCount> ByKecamatan,
    IReadOnlyList<PublicCount> ByKelurahan,
    int? WithoutKelurahan);

/// <summary>One cell of a breakdown.</summary>
/// <param name="Code">The category code, OPD code or Kemendagri region code.</param>
/// <param name="Name">Its name in the request's language (an OPD's is its code).</param>
/// <param name="Count">How many; null when withheld (fewer than the minimum, or it would give one away).</param>
internal sealed record PublicCount(string Code, string Name, int? Count);
