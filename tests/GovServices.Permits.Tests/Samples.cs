namespace GovServices.Permits.Tests;

/// <summary>Files whose first bytes are those of real PDF, PNG and JPEG files, padded to the size a test needs.</summary>
internal static class Samples
{
    public static byte[] Pdf(int size) => Padded("%PDF-1.7\n"u8, size);

    public static byte[] Png(int size) => Padded([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], size);

    public static byte[] Jpeg(int size) => Padded([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46], size);

    /// <summary>A Windows executable: what a lying ".pdf" may really be.</summary>
    public static byte[] Executable(int size) => Padded("MZ\u0090\0"u8, size);

    private static byte[] Padded(ReadOnlySpan<byte> head, int size)
    {
        var bytes = new byte[Math.Max(size, head.Length)];
        head.CopyTo(bytes);
        for (var index = head.Length; index < bytes.Length; index++)
            bytes[index] = (byte)('a' + (index % 26));
        return bytes;
    }
}
