using System.Security.Cryptography;

namespace GovServices.Payments.Domain;

/// <summary>
/// A payment (virtual-account) code: the institution prefix, random digits drawn from a CSPRNG, and a Luhn check
/// digit that catches a mistyped digit or two swapped neighbours at the teller. Codes are never sequential, so
/// one payer's code says nothing about another's.
/// </summary>
internal static class PaymentCode
{
    public static string New(string institutionPrefix, int length)
    {
        var randomDigits = length - institutionPrefix.Length - 1;
        var body = new char[randomDigits];
        for (var i = 0; i < body.Length; i++)
            body[i] = (char)('0' + RandomNumberGenerator.GetInt32(10));
        var withoutCheck = institutionPrefix + new string(body);
        return withoutCheck + LuhnCheckDigit(withoutCheck);
    }

    /// <summary>True when <paramref name="code"/> is all digits and its last digit is the Luhn check digit of the rest.</summary>
    public static bool HasValidCheckDigit(string code) =>
        code.Length >= 2 && code.All(char.IsAsciiDigit) && LuhnCheckDigit(code[..^1]) == code[^1];

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
