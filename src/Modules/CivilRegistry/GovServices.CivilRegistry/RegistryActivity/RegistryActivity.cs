namespace GovServices.CivilRegistry.RegistryActivity;

/// <summary>The Command Centre's view of the civil registry: who asked it what, and the last import.</summary>
/// <param name="AsOf">When the figures were taken (UTC).</param>
/// <param name="LastHour">Per client, the verifications and lookups of the last hour.</param>
/// <param name="LastDay">Per client, those of the last 24 hours.</param>
/// <param name="NoMatchShare">Of the last 24 hours' verifications, the share that matched no resident or not the name; null without any.</param>
/// <param name="LastImport">The newest resident import; null before the first.</param>
internal sealed record RegistryActivity(
    DateTimeOffset AsOf,
    IReadOnlyList<ClientActivity> LastHour,
    IReadOnlyList<ClientActivity> LastDay,
    double? NoMatchShare,
    ImportSummary? LastImport);

/// <summary>One client's calls: verifications, of which refused (no match), and lookups.</summary>
internal sealed record ClientActivity(string Client, long Verifications, long NoMatch, long Lookups);

/// <summary>A resident import by its counters.</summary>
internal sealed class ImportSummary
{
    public string Status { get; init; } = "";

    public DateTimeOffset RequestedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public long RowsRead { get; init; }

    public long RowsInserted { get; init; }

    public long RowsUpdated { get; init; }

    public long RowsFailed { get; init; }
}
