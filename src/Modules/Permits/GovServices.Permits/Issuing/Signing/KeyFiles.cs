using System.Security.Cryptography;

namespace GovServices.Permits.Issuing.Signing;

/// <summary>P-256 keys from PEM files named in configuration (production), checked when they are read.</summary>
internal static class KeyFiles
{
    public static ECDsa Read(string path, string setting)
    {
        if (!File.Exists(path))
            throw new InvalidOperationException($"{setting} points at '{path}', which does not exist.");

        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(File.ReadAllText(path));
        }
        catch (ArgumentException exception)
        {
            key.Dispose();
            throw new InvalidOperationException($"{setting} ('{path}') holds no PEM-encoded EC key.", exception);
        }

        if (!KeyIds.IsP256(key))
        {
            key.Dispose();
            throw new InvalidOperationException($"{setting} ('{path}') is not a P-256 key; permits are signed with ES256.");
        }

        return key;
    }
}
