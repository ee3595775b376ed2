using System.Security.Cryptography;
using System.Text;

namespace GovServices.Notifications.Messages;

/// <summary>
/// A name-based UUID (version 8, RFC 9562, from SHA-256): every instance derives the same id from the same name, and it
/// is never mistaken for a random one. Recipient keys and the event ids of scheduled messages (reminders, digests).
/// </summary>
internal static class NameBasedId
{
    public static Guid Of(string name)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(name))[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
