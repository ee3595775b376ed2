using System.Buffers.Binary;
using System.Text;

namespace GovServices.Complaints.Photos;

/// <summary>
/// What an upload really is, read from its bytes and never from its name or declared type: JPEG, PNG, WebP or HEIC,
/// whole (the content ends exactly where its format says it ends, so nothing is appended and nothing cut off), and
/// not also something else (a polyglot: a script, a page or an archive riding inside the picture).
/// </summary>
internal static class PhotoFormat
{
    public const string Jpeg = "jpeg";
    public const string Png = "png";
    public const string WebP = "webp";
    public const string Heic = "heic";

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    // HEIF brands of still images and sequences (ISO/IEC 23008-12): HEVC-coded ones and the generic mif1/msf1.
    private static readonly string[] HeifBrands = ["heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1"];

    // Text that has no business in a photo and makes a browser, an interpreter or a shell take it for something else.
    private static readonly byte[][] ForeignText =
        [.. new[] { "<script", "<html", "<?php", "<svg", "<iframe", "javascript:" }.Select(Encoding.ASCII.GetBytes)];

    private static readonly byte[] ZipEndOfDirectory = [0x50, 0x4B, 0x05, 0x06];

    /// <summary>A ZIP reader looks for its directory this far from the end (the 22-byte record and a 64 KiB comment).</summary>
    private const int ZipTailBytes = 22 + 65535;

    /// <summary>jpeg, png, webp, heic, or null when the content starts like none of them.</summary>
    public static string? Recognise(ReadOnlySpan<byte> content)
    {
        if (content.Length >= 3 && content[0] == 0xFF && content[1] == 0xD8 && content[2] == 0xFF)
            return Jpeg;
        if (content.StartsWith(PngSignature))
            return Png;
        if (content.Length >= 12 && content[..4].SequenceEqual("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
            return WebP;
        if (content.Length >= 12 && content[4..8].SequenceEqual("ftyp"u8) && HeifBrands.Contains(Encoding.ASCII.GetString(content[8..12])))
            return Heic;
        return null;
    }

    /// <summary>True when the content carries another format: markup or script anywhere, a ZIP directory at its end.</summary>
    public static bool IsPolyglot(ReadOnlySpan<byte> content)
    {
        foreach (var text in ForeignText)
        {
            if (IndexOfIgnoringAsciiCase(content, text) >= 0)
                return true;
        }

        var tail = content.Length > ZipTailBytes ? content[^ZipTailBytes..] : content;
        return tail.IndexOf(ZipEndOfDirectory) >= 0;
    }

    /// <summary>True when the content ends exactly where its <paramref name="format"/>'s structure says it does.</summary>
    public static bool IsWhole(string format, ReadOnlySpan<byte> content) => format switch
    {
        Jpeg => content.Length >= 4 && content[^2] == 0xFF && content[^1] == 0xD9,
        Png => PngIsWhole(content),
        WebP => content.Length >= 12 && (BinaryPrimitives.ReadUInt32LittleEndian(content[4..8]) + 8L) is var riff && (riff == content.Length || riff + 1 == content.Length),
        Heic => BoxesAreWhole(content),
        _ => false,
    };

    /// <summary>Chunks from the signature on, each inside the content, the last one IEND ending the content.</summary>
    private static bool PngIsWhole(ReadOnlySpan<byte> content)
    {
        long offset = PngSignature.Length;
        while (offset + 12 <= content.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(content.Slice((int)offset, 4));
            var type = content.Slice((int)offset + 4, 4);
            var end = offset + 12 + length;
            if (end > content.Length)
                return false;
            if (type.SequenceEqual("IEND"u8))
                return end == content.Length;
            offset = end;
        }

        return false;
    }

    /// <summary>ISO base media boxes end to end, the last one ending the content.</summary>
    private static bool BoxesAreWhole(ReadOnlySpan<byte> content)
    {
        long offset = 0;
        while (offset < content.Length)
        {
            if (offset + 8 > content.Length)
                return false;
            long size = BinaryPrimitives.ReadUInt32BigEndian(content.Slice((int)offset, 4));
            if (size == 1)
            {
                if (offset + 16 > content.Length)
                    return false;
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(content.Slice((int)offset + 8, 8));
            }
            else if (size == 0)
            {
                return true;
            }

            if (size < 8 || offset + size > content.Length)
                return false;
            offset += size;
        }

        return offset == content.Length;
    }

    private static int IndexOfIgnoringAsciiCase(ReadOnlySpan<byte> content, ReadOnlySpan<byte> lowerCaseText)
    {
        for (var start = content.IndexOfAny((byte)lowerCaseText[0], (byte)char.ToUpperInvariant((char)lowerCaseText[0])); start >= 0;)
        {
            var candidate = content[start..];
            if (candidate.Length < lowerCaseText.Length)
                return -1;
            var matches = true;
            for (var i = 1; i < lowerCaseText.Length && matches; i++)
                matches = LowerAscii(candidate[i]) == lowerCaseText[i];
            if (matches)
                return start;
            var next = candidate[1..].IndexOfAny((byte)lowerCaseText[0], (byte)char.ToUpperInvariant((char)lowerCaseText[0]));
            start = next < 0 ? -1 : start + 1 + next;
        }

        return -1;
    }

    private static byte LowerAscii(byte value) => value is >= (byte)'A' and <= (byte)'Z' ? (byte)(value | 0x20) : value;
}
