using System.Collections.Frozen;
using GovServices.CivilRegistry.Contracts;

namespace GovServices.CivilRegistry.ImportResidents;

/// <summary>
/// The shipped regions of one level, found by Kemendagri code or by name in any case, as an import row names them.
/// Built once: the import resolves two regions on every row.
/// </summary>
internal sealed class RegionLookup
{
    public static readonly RegionLookup Districts = new(RegionLevel.District);

    public static readonly RegionLookup Villages = new(RegionLevel.Village);

    private readonly FrozenDictionary<string, Region> _byCode;
    private readonly FrozenDictionary<string, Region> _byName;

    private RegionLookup(RegionLevel level)
    {
        var regions = Regions.All.Where(region => region.Level == level).ToList();
        _byCode = regions.ToFrozenDictionary(region => region.Code, StringComparer.Ordinal);
        // Two regions of one level sharing a name: the first listed wins, as a scan of the list would find it.
        _byName = regions
            .DistinctBy(region => region.Name, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(region => region.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The region with this code, else the one with this name; null when it is neither.</summary>
    public Region? Find(string text) =>
        _byCode.TryGetValue(text, out var byCode) ? byCode
        : _byName.TryGetValue(text, out var byName) ? byName
        : null;
}
