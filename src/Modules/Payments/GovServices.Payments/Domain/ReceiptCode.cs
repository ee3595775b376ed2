using System.Security.Cryptography;

namespace GovServices.Payments.Domain;

/// <summary>
/// A receipt's verification code, printed on the receipt and in its QR code: 128 bits from a CSPRNG as 32 upper-case
/// hex digits. Unlike the receipt number (a date and 40 random bits), it cannot be guessed or walked through, so the
/// public verification answers only whoever holds the receipt.
/// </summary>
internal static class ReceiptCode
{
    public const int Length = 32;

    public static string New() => RandomNumberGenerator.GetHexString(Length);

    /// <summary>The code in its stored form, or null when it cannot be one (no query is made for it).</summary>
    public static string? Normalise(string? text)
    {
        var code = text?.Trim().ToUpperInvariant();
        return code is { Length: Length } && code.All(char.IsAsciiHexDigit) ? code : null;
    }
}
