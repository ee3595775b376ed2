using System.Globalization;

namespace GovServices.Permits.Issuing.Numbering;

/// <summary>
/// The official number of a permit, in the form of Indonesian government documents: classification / sequence /
/// issuing OPD / month in Roman numerals / year, for example <c>503/0042/DPMPTSP/XI/2026</c>.
/// </summary>
internal static class PermitNumber
{
    /// <summary>Sequences are written with at least four digits; a type issuing more in a year simply gets more digits.</summary>
    private const string SequenceFormat = "D4";

    /// <param name="classificationCode">The archival classification of the permit type (for example <c>503</c> or <c>600.1.15</c>).</param>
    /// <param name="sequence">The permit's place in its type's sequence for <paramref name="issuedOn"/>'s year, from 1.</param>
    /// <param name="opdCode">The issuing OPD.</param>
    /// <param name="issuedOn">The issue date in WITA, which gives the month and year.</param>
    public static string Format(string classificationCode, int sequence, string opdCode, DateOnly issuedOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(classificationCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(opdCode);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);

        return string.Create(
            CultureInfo.InvariantCulture,
            $"{classificationCode.Trim()}/{sequence.ToString(SequenceFormat, CultureInfo.InvariantCulture)}/{opdCode.Trim().ToUpperInvariant()}/{RomanNumeral.From(issuedOn.Month)}/{issuedOn.Year}");
    }
}
