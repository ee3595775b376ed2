using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace GovServices.Complaints.Domain;

/// <summary>
/// The public tracking code of a complaint: <c>LPR-XXXX-XXXX</c>, seven random characters of Crockford's base32
/// alphabet (no I, L, O, U) and a Luhn mod 32 check character, so a mistyped code is refused without a lookup.
/// 35 random bits: unguessable under the public rate limit.
/// </summary>
internal static class TrackingCode
{
    public const string Prefix = "LPR-";
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int RandomLength = 7;

    public static string NewCode()
    {
        Span<char> symbols = stackalloc char[RandomLength + 1];
        RandomNumberGenerator.GetItems(Alphabet.AsSpan(), symbols[..RandomLength]);
        symbols[RandomLength] = CheckCharacter(symbols[..RandomLength]);
        return Format(symbols);
    }

    /// <summary>
    /// Reads a code as people type it: any case, without the hyphens, with O for 0 and I or L for 1. False when
    /// the shape or the check character is wrong.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out string? code)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(text))
            return false;

        var compact = text.Trim().ToUpperInvariant().Replace("-", "", StringComparison.Ordinal);
        if (!compact.StartsWith("LPR", StringComparison.Ordinal) || compact.Length != 3 + RandomLength + 1)
            return false;

        Span<char> symbols = stackalloc char[RandomLength + 1];
        for (var index = 0; index < symbols.Length; index++)
        {
            var symbol = compact[3 + index] switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                var other => other,
            };
            if (!Alphabet.Contains(symbol, StringComparison.Ordinal))
                return false;
            symbols[index] = symbol;
        }

        if (CheckCharacter(symbols[..RandomLength]) != symbols[RandomLength])
            return false;

        code = Format(symbols);
        return true;
    }

    /// <summary>Luhn mod N over the alphabet: catches every single wrong character and most swaps of neighbours.</summary>
    internal static char CheckCharacter(ReadOnlySpan<char> symbols)
    {
        var n = Alphabet.Length;
        var factor = 2;
        var sum = 0;
        for (var index = symbols.Length - 1; index >= 0; index--)
        {
            var addend = factor * Alphabet.IndexOf(symbols[index], StringComparison.Ordinal);
            factor = factor == 2 ? 1 : 2;
            sum += (addend / n) + (addend % n);
        }

        return Alphabet[(n - (sum % n)) % n];
    }

    private static string Format(ReadOnlySpan<char> symbols) => $"{Prefix}{symbols[..4]}-{symbols[4..]}";
}
