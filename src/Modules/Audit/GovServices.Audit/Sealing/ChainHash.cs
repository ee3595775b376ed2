using System.Security.Cryptography;
using System.Text;

namespace GovServices.Audit.Sealing;

/// <summary>
/// The hashes of the chain, defined so that a short script can recompute them from an export (build/verify-audit-export.py):
/// <list type="bullet">
/// <item>the canonical content of a record is one line per field, <c>name=LENGTH:value</c> (LENGTH in UTF-8 bytes) or
/// <c>name=~</c> for null, starting with <c>table=</c>; lengths make it unambiguous whatever the values contain;</item>
/// <item>content hash = SHA-256 of the canonical content; entry hash = SHA-256 of the previous entry hash followed
/// by the content hash (both lower-case hex); the first entry follows 64 zeros.</item>
/// </list>
/// </summary>
internal static class ChainHash
{
    public static readonly string Genesis = new('0', 64);

    public static string Canonical(SealedRecord record)
    {
        var text = new StringBuilder();
        Append(text, "table", record.Table);
        foreach (var (name, value) in record.Content)
            Append(text, name, value);
        return text.ToString();
    }

    public static string Content(SealedRecord record) => Sha256(Canonical(record));

    public static string Entry(string previousHash, string contentHash) => Sha256(previousHash + contentHash);

    private static void Append(StringBuilder text, string name, string? value)
    {
        text.Append(name).Append('=');
        if (value is null)
            text.Append('~');
        else
            text.Append(Encoding.UTF8.GetByteCount(value)).Append(':').Append(value);
        text.Append('\n');
    }

    private static string Sha256(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
