using System.Security.Cryptography;

namespace GovServices.BuildingBlocks.Storage;

/// <summary>
/// Keeps content as files under one directory (<see cref="StorageOptions"/>), named by their SHA-256 (two
/// levels of folders by its first characters). A file is written under a temporary name and moved into place, so a
/// half-written upload is never served; storing the same bytes twice keeps one file. Files are never changed or
/// deleted by the service: the database rows point at them, and an upload whose row was not committed leaves only
/// an unreferenced file behind, never a row without its file.
/// </summary>
internal sealed class FileSystemContentStore(string directory) : IContentStore
{
    public async Task<StoredContent> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".upload-{Guid.NewGuid():N}");
        try
        {
            string hash;
            long size;
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                size = 0;
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    sha256.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    size += read;
                }

                hash = Convert.ToHexStringLower(sha256.GetHashAndReset());
                await file.FlushAsync(cancellationToken);
            }

            var key = $"{hash[..2]}/{hash[2..4]}/{hash}";
            var target = PathOf(key);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (!File.Exists(target))
            {
                try
                {
                    File.Move(temporary, target);
                }
                catch (IOException) when (File.Exists(target))
                {
                    // The same bytes were stored concurrently: one copy is enough.
                }
            }

            return new StoredContent(key, hash, size);
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }

    public Stream? Open(string key)
    {
        var path = PathOf(key);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
    }

    private string PathOf(string key)
    {
        // Keys are made here from hex digits only; anything else is not ours and must not reach the file system.
        if (key.Length != 70 || key[2] != '/' || key[5] != '/' || !key.Replace("/", "", StringComparison.Ordinal).All(char.IsAsciiHexDigitLower))
            throw new ArgumentException("Not a content key of this store.", nameof(key));
        return Path.Combine(directory, key[..2], key[3..5], key[6..]);
    }
}
