using System.Collections.Frozen;
using System.Reflection;

namespace GovServices.CivilRegistry.Contracts;

/// <summary>
/// The Kemendagri region codes the city ships: Kalimantan Timur's regencies and cities, and Kota Bontang's
/// districts (kecamatan) and villages (kelurahan). Codes are dotted (<c>64.74.01.1001</c>). Other provinces'
/// codes are not listed; a NIK from elsewhere is still valid when its region digits have the right shape.
/// </summary>
public static class Regions
{
    /// <summary>Kota Bontang, whose districts the city's residents live in.</summary>
    public const string BontangCode = "64.74";

    private const string ResourceName = "GovServices.CivilRegistry.Contracts.Regions.regions-kaltim.csv";

    private static readonly Lazy<FrozenDictionary<string, Region>> ByCode = new(Load);

    public static IReadOnlyCollection<Region> All => ByCode.Value.Values;

    public static bool TryFind(string code, out Region region) =>
        ByCode.Value.TryGetValue(code, out region!);

    /// <summary>The regions directly under <paramref name="parentCode"/>, in code order.</summary>
    public static IReadOnlyList<Region> ChildrenOf(string parentCode) =>
        ByCode.Value.Values.Where(region => region.ParentCode == parentCode).OrderBy(region => region.Code, StringComparer.Ordinal).ToList();

    /// <summary>Bontang's districts (kecamatan).</summary>
    public static IReadOnlyList<Region> BontangDistricts => ChildrenOf(BontangCode);

    // The file is ours and plain (no quoted fields), so splitting on commas reads it exactly.
    private static FrozenDictionary<string, Region> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded region list {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var regions = new List<Region>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
                continue;

            var fields = line.Split(',');
            regions.Add(new Region(
                fields[0],
                Enum.Parse<RegionLevel>(fields[1], ignoreCase: true),
                fields[2],
                fields[3].Length == 0 ? null : fields[3]));
        }

        return regions.ToFrozenDictionary(region => region.Code, StringComparer.Ordinal);
    }
}
