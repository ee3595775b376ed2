using System.Security.Cryptography;
using System.Text.Json;

namespace GovServices.Payments.Channel;

/// <summary>The JSON rules of SNAP's symmetric signature.</summary>
internal static class SnapJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// The body without whitespace outside strings, byte for byte otherwise: what the bank hashed. Re-serialising
    /// instead could change escapes or number formats and break a valid signature.
    /// </summary>
    public static byte[] Minify(ReadOnlySpan<byte> body)
    {
        var minified = new List<byte>(body.Length);
        var inString = false;
        var escaped = false;
        foreach (var b in body)
        {
            if (inString)
            {
                minified.Add(b);
                if (escaped)
                    escaped = false;
                else if (b == (byte)'\\')
                    escaped = true;
                else if (b == (byte)'"')
                    inString = false;
            }
            else if (b is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r'))
            {
                minified.Add(b);
                if (b == (byte)'"')
                    inString = true;
            }
        }

        return [.. minified];
    }

    /// <summary>Lower-case hex SHA-256 of the minified body.</summary>
    public static string BodyHash(ReadOnlySpan<byte> body) =>
        Convert.ToHexStringLower(SHA256.HashData(Minify(body)));
}
