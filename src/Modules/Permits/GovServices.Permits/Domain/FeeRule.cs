using System.Text.Json;

namespace GovServices.Permits.Domain;

/// <summary>How the retribution of a permit type is set.</summary>
/// <param name="Kind">free; fixed (<paramref name="Amount"/>); per_unit (<paramref name="RatePerUnit"/> times the product of the numeric <paramref name="UnitFields"/>, rounded up to whole rupiah); or assessed (an officer sets the amount).</param>
/// <param name="Amount">fixed: whole rupiah.</param>
/// <param name="RatePerUnit">per_unit: whole rupiah per unit.</param>
/// <param name="UnitFields">per_unit: the number fields multiplied, for example floor area in m² and years.</param>
/// <param name="UnitLabel">per_unit: what a unit is, for example <c>m²/tahun</c>.</param>
internal sealed record FeeRule(string Kind, long? Amount = null, long? RatePerUnit = null, IReadOnlyList<string>? UnitFields = null, string? UnitLabel = null)
{
    public const string Free = "free";
    public const string Fixed = "fixed";
    public const string PerUnit = "per_unit";
    public const string Assessed = "assessed";

    public static readonly IReadOnlyList<string> Kinds = [Free, Fixed, PerUnit, Assessed];

    public bool IsFree => Kind == Free;

    /// <summary>The fee for a form; null when an officer assesses it. The form has passed its checks.</summary>
    public long? Compute(IReadOnlyDictionary<string, JsonElement> form) => Kind switch
    {
        Free => 0,
        Fixed => Amount ?? 0,
        PerUnit => ComputePerUnit(form),
        _ => null,
    };

    private long ComputePerUnit(IReadOnlyDictionary<string, JsonElement> form)
    {
        var units = 1m;
        foreach (var field in UnitFields ?? [])
            units *= form.TryGetValue(field, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : 0m;
        return (long)decimal.Ceiling(units * (RatePerUnit ?? 0));
    }
}
