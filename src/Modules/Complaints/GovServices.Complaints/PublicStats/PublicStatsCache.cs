using System.Collections.Concurrent;

namespace GovServices.Complaints.PublicStats;

/// <summary>
/// The public figures of each period, kept for <see cref="Lifetime"/> per instance: an open-data portal or a news
/// site polling them costs one query a minute, whatever its traffic.
/// </summary>
internal sealed class PublicStatsCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<(string Period, DateOnly From), Lazy<Task<PublicStatsFigures>>> _figures = new();

    public async Task<PublicStatsFigures> GetOrComputeAsync(string period, DateOnly from, DateTimeOffset now, Func<Task<PublicStatsFigures>> compute)
    {
        var key = (period, from);
        var cached = _figures.GetOrAdd(key, _ => new Lazy<Task<PublicStatsFigures>>(compute));
        PublicStatsFigures figures;
        try
        {
            figures = await cached.Value;
        }
        catch
        {
            // A failed computation is not kept: the next caller tries again.
            _figures.TryRemove(KeyValuePair.Create(key, cached));
            throw;
        }

        if (now - figures.ComputedAt < Lifetime)
            return figures;

        // Stale: the caller that swaps in a new computation runs it; the others wait for that one.
        var replacement = new Lazy<Task<PublicStatsFigures>>(compute);
        var current = _figures.TryUpdate(key, replacement, cached) ? replacement : _figures.GetOrAdd(key, replacement);
        return await current.Value;
    }
}

/// <summary>A period's figures before withholding and before names are put in a language.</summary>
internal sealed record PublicStatsFigures(
    string Period,
    DateOnly From,
    DateOnly To,
    DateTimeOffset ComputedAt,
    int Total,
    int Resolved,
    double? MedianDaysToResolve,
    int SlaDecided,
    double? ResolvedWithinSla,
    IReadOnlyDictionary<string, int> ByCategory,
    IReadOnlyDictionary<string, (string Id, string En)> CategoryNames,
    IReadOnlyDictionary<string, int> ByOpd,
    IReadOnlyDictionary<string, int> ByKecamatan,
    IReadOnlyDictionary<string, int> ByKelurahan,
    int WithoutKelurahan);
