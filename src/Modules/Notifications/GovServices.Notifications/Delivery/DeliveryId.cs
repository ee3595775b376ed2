using System.Buffers.Binary;

namespace GovServices.Notifications.Delivery;

/// <summary>
/// Message ids as Standard Webhooks writes them: <c>msg_</c> and 26 characters, here the Crockford base32 of a UUIDv7,
/// so ids sort by creation time as ULIDs do.
/// </summary>
internal static class DeliveryId
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string New(DateTimeOffset now)
    {
        Span<byte> bytes = stackalloc byte[16];
        Guid.CreateVersion7(now).TryWriteBytes(bytes, bigEndian: true, out _);
        var value = new UInt128(BinaryPrimitives.ReadUInt64BigEndian(bytes[..8]), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]));
        Span<char> text = stackalloc char[26];
        for (var i = 25; i >= 0; i--)
        {
            text[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }

        return "msg_" + new string(text);
    }
}
