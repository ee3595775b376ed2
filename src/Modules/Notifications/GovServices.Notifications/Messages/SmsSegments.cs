namespace GovServices.Notifications.Messages;

/// <summary>How many SMS a text costs: 160 characters in one GSM-7 message (153 each when split), 70 in UCS-2 (67).</summary>
internal static class SmsSegments
{
    private const string Basic = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private const string Extended = "^{}\\[~]|€\f";

    public static bool IsGsm7(string text) => text.All(c => Basic.Contains(c, StringComparison.Ordinal) || Extended.Contains(c, StringComparison.Ordinal));

    /// <summary>GSM-7 septets (an extended character takes two), or UCS-2 characters when the text needs them.</summary>
    public static int Count(string text)
    {
        if (IsGsm7(text))
        {
            var septets = text.Sum(c => Extended.Contains(c, StringComparison.Ordinal) ? 2 : 1);
            return septets <= 160 ? 1 : (septets + 152) / 153;
        }

        return text.Length <= 70 ? 1 : (text.Length + 66) / 67;
    }
}
