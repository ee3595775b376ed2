using System.Text;

namespace GovServices.Permits.Issuing.Numbering;

/// <summary>Roman numerals, as Indonesian official letters write the month of a document's number (XI for November).</summary>
internal static class RomanNumeral
{
    private static readonly (int Value, string Numeral)[] Steps =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    /// <summary>The numeral for 1 to 3999, in the subtractive form (IV, IX, XL, XC, CD, CM).</summary>
    public static string From(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 3999);

        var numeral = new StringBuilder();
        foreach (var (stepValue, stepNumeral) in Steps)
        {
            while (value >= stepValue)
            {
                numeral.Append(stepNumeral);
                value -= stepValue;
            }
        }

        return numeral.ToString();
    }
}
