using System.Buffers.Binary;

namespace GovServices.Notifications.Delivery;

/// <summary>
/// Message ids as Standard Webhooks writes them: <c>msg_</c> and 26 characters, here the Crockford base32 of a UUIDv7,
/// so ids sort by creation time as ULIDs do.
/// </summary>
internal static class DeliveryId
{
    private const string Prefix = "msg_";
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string New(DateTimeOffset now) => Of(Guid.CreateVersion7(now));

    /// <summary>The id of <paramref name="uuid"/>: the inverse of <see cref="ToUuid"/>, for a keyset cursor.</summary>
    public static string Of(Guid uuid)
    {
        Span<byte> bytes = stackalloc byte[16];
        uuid.TryWriteBytes(bytes, bigEndian: true, out _);
        var value = new UInt128(BinaryPrimitives.ReadUInt64BigEndian(bytes[..8]), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]));
        Span<char> text = stackalloc char[26];
        for (var i = 25; i >= 0; i--)
        {
            text[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }

        return Prefix + new string(text);
    }

    /// <summary>The UUID an id was written from.</summary>
    public static Guid ToUuid(string id)
    {
        if (id.Length != Prefix.Length + 26 || !id.StartsWith(Prefix, StringComparison.Ordinal))
            throw new FormatException($"Not a message id: {id}");
        UInt128 value = 0;
        foreach (var character in id.AsSpan(Prefix.Length))
        {
            var digit = Alphabet.IndexOf(character, StringComparison.Ordinal);
            if (digit < 0)
                throw new FormatException($"Not a message id: {id}");
            value = (value << 5) | (uint)digit;
        }

        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64BigEndian(bytes[..8], (ulong)(value >> 64));
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], (ulong)value);
        return new Guid(bytes, bigEndian: true);
    }
}
