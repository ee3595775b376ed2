using System.Security.Cryptography;

namespace GovServices.Host.Backup;

/// <summary>The size and SHA-256 that a backup's manifest records for each file.</summary>
internal static class FileChecksum
{
    public static async Task<(long Bytes, string Sha256)> OfAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken);
        return (stream.Length, Convert.ToHexStringLower(hash));
    }

    /// <summary>A description of how the file differs from what was recorded; null when it matches.</summary>
    public static async Task<string?> MismatchAsync(string path, long bytes, string sha256, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
            return $"{path} is missing";
        var actual = await OfAsync(path, cancellationToken);
        if (actual.Bytes != bytes)
            return $"{path} has {actual.Bytes} bytes, the manifest says {bytes}";
        return string.Equals(actual.Sha256, sha256, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"{path} does not match its SHA-256 in the manifest";
    }
}
