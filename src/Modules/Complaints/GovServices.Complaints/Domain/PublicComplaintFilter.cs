namespace GovServices.Complaints.Domain;

/// <summary>
/// Which public complaints to list: filed in [<paramref name="From"/>, <paramref name="To"/>); a null bound or list
/// matches anything; <paramref name="Box"/> keeps those located in it, <paramref name="Ids"/> those listed. Newest first,
/// <paramref name="Offset"/> of them skipped, at most <paramref name="Limit"/>.
/// </summary>
internal sealed record PublicComplaintFilter(
    DateTimeOffset? From,
    DateTimeOffset? To,
    int Limit,
    IReadOnlyList<string>? TrackingCodes = null,
    IReadOnlyList<string>? CategoryCodes = null,
    IReadOnlyList<string>? Statuses = null,
    int Offset = 0,
    GeoBox? Box = null,
    IReadOnlyList<Guid>? Ids = null);
