using System.Security.Cryptography;

namespace GovServices.Payments.Domain;

/// <summary>
/// A payment (virtual-account) code: the institution prefix, random digits drawn from a CSPRNG, and a Damm check
/// digit, which catches every mistyped digit and every swap of two neighbours (Luhn misses <c>09</c> ↔ <c>90</c>),
/// so a code read over the phone with one slip never reaches another payer's invoice (ADR 0058). Codes are never
/// sequential, so one payer's code says nothing about another's.
/// </summary>
internal static class PaymentCode
{
    // Damm's totally anti-symmetric quasigroup of order 10 (H. M. Damm, 2004).
    private static readonly byte[,] Quasigroup =
    {
        { 0, 3, 1, 7, 5, 9, 8, 6, 4, 2 },
        { 7, 0, 9, 2, 1, 5, 4, 8, 6, 3 },
        { 4, 2, 0, 6, 8, 7, 1, 3, 5, 9 },
        { 1, 7, 5, 0, 9, 8, 3, 4, 2, 6 },
        { 6, 1, 2, 3, 0, 4, 5, 9, 7, 8 },
        { 3, 6, 7, 4, 2, 0, 9, 5, 8, 1 },
        { 5, 8, 6, 9, 7, 2, 0, 1, 3, 4 },
        { 8, 9, 4, 5, 3, 6, 2, 0, 1, 7 },
        { 9, 4, 3, 8, 6, 1, 7, 2, 0, 5 },
        { 2, 5, 8, 1, 4, 3, 6, 7, 9, 0 },
    };

    public static string New(string institutionPrefix, int length) =>
        New(institutionPrefix, length, () => RandomNumberGenerator.GetInt32(10));

    /// <summary>A code whose random digits come from <paramref name="nextDigit"/> (0–9); tests pass a fixed sequence.</summary>
    internal static string New(string institutionPrefix, int length, Func<int> nextDigit)
    {
        var randomDigits = length - institutionPrefix.Length - 1;
        var body = new char[randomDigits];
        for (var i = 0; i < body.Length; i++)
            body[i] = (char)('0' + nextDigit());
        var withoutCheck = institutionPrefix + new string(body);
        return withoutCheck + DammCheckDigit(withoutCheck);
    }

    /// <summary>True when <paramref name="code"/> is all digits and its last digit is the Damm check digit of the rest.</summary>
    public static bool HasValidCheckDigit(string code) =>
        code.Length >= 2 && code.All(char.IsAsciiDigit) && DammCheckDigit(code) == '0';

    /// <summary>
    /// True when <paramref name="code"/> carries the Luhn check digit that codes issued before ADR 0058 had; such
    /// invoices stay payable until they expire.
    /// </summary>
    public static bool HasLegacyLuhnCheckDigit(string code) =>
        code.Length >= 2 && code.All(char.IsAsciiDigit) && LuhnCheckDigit(code[..^1]) == code[^1];

    public static char DammCheckDigit(string digits)
    {
        var interim = 0;
        foreach (var digit in digits)
            interim = Quasigroup[interim, digit - '0'];
        return (char)('0' + interim);
    }

    public static char LuhnCheckDigit(string digits)
    {
        var sum = 0;
        var doubleIt = true;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var digit = digits[i] - '0';
            if (doubleIt)
            {
                digit *= 2;
                if (digit > 9)
                    digit -= 9;
            }

            sum += digit;
            doubleIt = !doubleIt;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
