namespace GovServices.Notifications.Messages;

/// <summary>Indonesian phone numbers to E.164: <c>0812…</c>, <c>62812…</c>, <c>+62 812-…</c> all become <c>+62812…</c>.</summary>
internal static class PhoneNumbers
{
    /// <summary>The E.164 form, or null when it is not a plausible number (an invalid contact: a permanent failure).</summary>
    public static string? ToE164(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
            return null;
        var trimmed = number.Trim();
        var plus = trimmed.StartsWith('+');
        var digits = new string([.. trimmed.Where(char.IsAsciiDigit)]);
        if (trimmed.Any(c => !char.IsAsciiDigit(c) && c is not ('+' or ' ' or '-' or '(' or ')' or '.')) || trimmed.LastIndexOf('+') > 0)
            return null;
        if (!plus)
        {
            if (digits.StartsWith('0'))
                digits = "62" + digits[1..];
            else if (!digits.StartsWith("62", StringComparison.Ordinal))
                return null;
        }

        // E.164: at most 15 digits; an Indonesian mobile number has 10 to 13 after the country code's 62.
        if (digits.Length is < 10 or > 15 || digits[0] == '0')
            return null;
        if (digits.StartsWith("62", StringComparison.Ordinal) && digits.Length < 11)
            return null;
        return "+" + digits;
    }
}
