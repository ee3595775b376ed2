using System.Net;
using System.Net.Sockets;

namespace GovServices.Notifications.Webhooks;

/// <summary>
/// Which addresses the host may send a webhook to: public unicast only. Refused are loopback, the unspecified address,
/// link-local (and with it the cloud metadata service at 169.254.169.254), RFC 1918 private networks, carrier-grade
/// NAT (100.64.0.0/10), unique-local IPv6 (fc00::/7), multicast and broadcast, the documentation and benchmarking
/// ranges, and the IETF's special-purpose blocks; an IPv6 address that carries an IPv4 one (mapped, NAT64) is judged
/// by the IPv4 address inside it; the deprecated IPv4-compatible form and the tunnelling prefixes (6to4, Teredo) are refused.
/// </summary>
internal static class WebhookAddressRules
{
    private static readonly AddressRange[] RefusedIPv4 =
    [
        AddressRange.Parse("0.0.0.0/8"),        // "this network", the unspecified address
        AddressRange.Parse("10.0.0.0/8"),       // private (RFC 1918)
        AddressRange.Parse("100.64.0.0/10"),    // carrier-grade NAT (RFC 6598)
        AddressRange.Parse("127.0.0.0/8"),      // loopback
        AddressRange.Parse("169.254.0.0/16"),   // link-local, cloud metadata services
        AddressRange.Parse("172.16.0.0/12"),    // private (RFC 1918)
        AddressRange.Parse("192.0.0.0/24"),     // IETF protocol assignments
        AddressRange.Parse("192.0.2.0/24"),     // documentation (TEST-NET-1)
        AddressRange.Parse("192.88.99.0/24"),   // 6to4 relay anycast (deprecated)
        AddressRange.Parse("192.168.0.0/16"),   // private (RFC 1918)
        AddressRange.Parse("198.18.0.0/15"),    // benchmarking
        AddressRange.Parse("198.51.100.0/24"),  // documentation (TEST-NET-2)
        AddressRange.Parse("203.0.113.0/24"),   // documentation (TEST-NET-3)
        AddressRange.Parse("224.0.0.0/4"),      // multicast
        AddressRange.Parse("240.0.0.0/4"),      // reserved, and the broadcast address
    ];

    /// <summary>Global unicast: every IPv6 address outside it is refused (loopback, link-local, unique-local, multicast…).</summary>
    private static readonly AddressRange GlobalUnicastIPv6 = AddressRange.Parse("2000::/3");

    private static readonly AddressRange[] RefusedIPv6 =
    [
        AddressRange.Parse("2001::/23"),        // IETF protocol assignments, Teredo (2001::/32) among them
        AddressRange.Parse("2001:db8::/32"),    // documentation
        AddressRange.Parse("2002::/16"),        // 6to4
        AddressRange.Parse("3fff::/20"),        // documentation (RFC 9637)
    ];

    /// <summary>NAT64's well-known prefix: the last 32 bits are an IPv4 address, judged as such.</summary>
    private static readonly AddressRange Nat64 = AddressRange.Parse("64:ff9b::/96");

    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
            return IsPublicIPv4(address.MapToIPv4());
        if (address.AddressFamily == AddressFamily.InterNetwork)
            return IsPublicIPv4(address);
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return false;
        if (Nat64.Contains(address))
            return IsPublicIPv4(new IPAddress(address.GetAddressBytes()[12..]));
        return GlobalUnicastIPv6.Contains(address) && !RefusedIPv6.Any(range => range.Contains(address));
    }

    private static bool IsPublicIPv4(IPAddress address) => !RefusedIPv4.Any(range => range.Contains(address));

    /// <summary>A network in CIDR notation.</summary>
    private sealed record AddressRange(byte[] Network, int PrefixLength)
    {
        public static AddressRange Parse(string cidr)
        {
            var slash = cidr.IndexOf('/', StringComparison.Ordinal);
            return new AddressRange(IPAddress.Parse(cidr[..slash]).GetAddressBytes(), int.Parse(cidr[(slash + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        }

        public bool Contains(IPAddress address)
        {
            var bytes = address.GetAddressBytes();
            if (bytes.Length != Network.Length)
                return false;
            var whole = PrefixLength / 8;
            if (!bytes.AsSpan(0, whole).SequenceEqual(Network.AsSpan(0, whole)))
                return false;
            var rest = PrefixLength % 8;
            if (rest == 0)
                return true;
            var mask = (byte)(0xFF << (8 - rest));
            return (bytes[whole] & mask) == (Network[whole] & mask);
        }
    }
}
