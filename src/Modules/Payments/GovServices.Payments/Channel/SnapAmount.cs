using System.Globalization;
using System.Text.RegularExpressions;

namespace GovServices.Payments.Channel;

/// <summary>SNAP's amount: a decimal string with two decimals and a currency. Rupiah here are whole, so the decimals are "00".</summary>
/// <param name="Value">For example <c>"150000.00"</c>.</param>
/// <param name="Currency">Always <c>IDR</c>.</param>
internal sealed partial record SnapAmount(string Value, string Currency)
{
    public static SnapAmount FromRupiah(long rupiah) =>
        new(rupiah.ToString(CultureInfo.InvariantCulture) + ".00", "IDR");

    /// <summary>Whole rupiah, read from the text without floating point; null when it is not a whole, positive IDR amount.</summary>
    public long? ToRupiah()
    {
        if (Currency != "IDR" || Value is null)
            return null;
        var match = AmountPattern().Match(Value);
        if (!match.Success)
            return null;
        return long.TryParse(match.Groups["rupiah"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var rupiah) && rupiah > 0
            ? rupiah
            : null;
    }

    [GeneratedRegex(@"^(?<rupiah>[0-9]{1,15})(\.00)?$")]
    private static partial Regex AmountPattern();
}
