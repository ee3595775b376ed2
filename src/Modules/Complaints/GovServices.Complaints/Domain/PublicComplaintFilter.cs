namespace GovServices.Complaints.Domain;

/// <summary>
/// Which public complaints to list: filed in [<paramref name="From"/>, <paramref name="To"/>); a null bound or list
/// matches anything. Newest first, <paramref name="Offset"/> of them skipped, at most <paramref name="Limit"/>.
/// </summary>
internal sealed record PublicComplaintFilter(
    DateTimeOffset? From,
    DateTimeOffset? To,
    int Limit,
    IReadOnlyList<string>? TrackingCodes = null,
    IReadOnlyList<string>? CategoryCodes = null,
    IReadOnlyList<string>? Statuses = null,
    int Offset = 0);
