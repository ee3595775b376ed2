using System.Collections.Frozen;
using System.Text;

namespace GovServices.CivilRegistry.Domain;

/// <summary>
/// Compares names the way people write them on forms: case, spacing, punctuation, diacritics, leading
/// honorifics (H., Hj., Ir., Dr., Prof., …) and trailing academic degrees (S.Kom., S.H., M.T., …) do not count.
/// </summary>
internal static class PersonName
{
    // Compared with dots removed and in upper case: "Hj." is "HJ", "S.Kom." is "SKOM".
    private static readonly FrozenSet<string> Honorifics = new[]
    {
        "H", "HJ", "HAJI", "HAJJAH", "HAJAH", "IR", "DR", "DRS", "DRA", "PROF", "KH", "TN", "NY", "NN", "RADEN", "RA",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Degrees = new[]
    {
        "SKOM", "SH", "SE", "ST", "SPD", "SSOS", "SAG", "SKED", "SKM", "SIP", "SFARM", "SPSI", "SSI", "SS", "SHI", "SPDI",
        "STP", "SPT", "SKEP", "SGZ", "SAK", "SIKOM", "STR", "SDS", "SHUT", "SPI", "SAB", "SKEB",
        "MM", "MSI", "MT", "MPD", "MH", "MKES", "MKOM", "MAG", "MBA", "MSC", "MA", "ME", "MAK", "MHUM", "MKN",
        "AMD", "AMDKEB", "AMDKEP", "AMK", "BSC", "BA", "LC", "PHD", "DR", "SPOG", "SPA", "SPB", "SPPD", "MARS",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The name's words in upper case, letters only, single-spaced, without honorifics or degrees:
    /// <c>"Hj. Siti  Aminah, S.Kom."</c> becomes <c>"SITI AMINAH"</c>.
    /// </summary>
    public static string Normalise(string name)
    {
        var words = name.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => (Raw: word, Key: Key(word)))
            .Where(word => word.Key.Length > 0)
            .ToList();

        var start = 0;
        while (start < words.Count - 1 && Honorifics.Contains(words[start].Key))
            start++;

        var end = words.Count;
        while (end - 1 > start && Degrees.Contains(words[end - 1].Key))
            end--;

        return string.Join(' ', words.Skip(start).Take(end - start).Select(word => Letters(word.Raw)).Where(letters => letters.Length > 0));
    }

    /// <summary>
    /// How alike two names are, from 0 (nothing in common) to 1 (the same after normalising). Word order does not
    /// lower the score: "Santoso Budi" is as close to "Budi Santoso" as the same words in the same order.
    /// </summary>
    public static double Similarity(string left, string right)
    {
        var a = Normalise(left);
        var b = Normalise(right);
        if (a.Length == 0 || b.Length == 0)
            return a == b ? 1 : 0;

        var inOrder = Ratio(a, b);
        var sorted = Ratio(SortWords(a), SortWords(b));
        return Math.Round(Math.Max(inOrder, sorted), 3);
    }

    private static string SortWords(string name) => string.Join(' ', name.Split(' ').Order(StringComparer.Ordinal));

    private static double Ratio(string a, string b) => 1.0 - ((double)Levenshtein(a, b) / Math.Max(a.Length, b.Length));

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static string Key(string word) => Letters(word.Replace(".", "", StringComparison.Ordinal));

    // Upper-case letters only, diacritics removed: "D'Ávila" gives "DAVILA".
    private static string Letters(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var character in word.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetter(character))
                builder.Append(char.ToUpperInvariant(character));
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Compares places and other free text loosely: case, spacing and punctuation do not count.</summary>
    public static bool SamePlace(string left, string right) =>
        string.Equals(Compact(left), Compact(right), StringComparison.Ordinal);

    private static string Compact(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Letters).Where(word => word.Length > 0));
}
