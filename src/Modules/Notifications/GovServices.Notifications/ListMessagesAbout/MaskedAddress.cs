namespace GovServices.Notifications.ListMessagesAbout;

/// <summary>An address as staff see it in the delivery statuses: enough to tell two apart, never the contact itself.</summary>
internal static class MaskedAddress
{
    public static string? Of(string? address)
    {
        if (string.IsNullOrEmpty(address))
            return null;
        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (at > 0)
            return address[0] + "***" + address[at..];
        return address.Length > 8 ? address[..6] + new string('*', address.Length - 9) + address[^3..] : "***";
    }
}
