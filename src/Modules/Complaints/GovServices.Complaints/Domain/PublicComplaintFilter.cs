namespace GovServices.Complaints.Domain;

/// <summary>Which public complaints to list: filed in [<paramref name="From"/>, <paramref name="To"/>); a null bound or list matches anything.</summary>
internal sealed record PublicComplaintFilter(
    DateTimeOffset? From,
    DateTimeOffset? To,
    int Limit,
    IReadOnlyList<string>? TrackingCodes = null,
    IReadOnlyList<string>? CategoryCodes = null,
    IReadOnlyList<string>? Statuses = null);
