using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Localisation;
using ImageMagick;

namespace GovServices.Complaints.Photos;

/// <summary>
/// Turns an upload into what we serve (ADR 0054): the dimensions are read from the header before any pixel is
/// decoded, and a picture over the limits is refused there; ImageMagick runs under resource limits of its own, with
/// the coder fixed to the format recognised from the bytes, so no other coder (SVG, MSL, a script) is ever tried. The
/// picture is turned upright, stripped of every profile (EXIF with its GPS position and camera, XMP, IPTC, ICC) and
/// re-encoded as JPEG, at most <see cref="LongestSide"/> pixels; the thumbnail likewise at <see cref="ThumbnailSide"/>.
/// </summary>
internal static class PhotoProcessor
{
    public const int LongestSide = 2048;
    public const int ThumbnailSide = 320;

    /// <summary>A picture may have this many pixels at most (a 48-megapixel phone camera fits).</summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>Neither side may be longer.</summary>
    public const int MaxSide = 12_000;

    private const int Quality = 85;

    static PhotoProcessor()
    {
        // Process-wide: the limits hold for every decode, whichever thread and request. Width and height stay above
        // MaxSide on purpose: under a lower limit the PNG coder refuses the header itself with an error that does not
        // say why, while the header read must answer the size so that the refusal names it. The area limit keeps a
        // picture over MaxPixels out of the memory cache should a decode ever get that far.
        ResourceLimits.Width = 1_000_000;
        ResourceLimits.Height = 1_000_000;
        ResourceLimits.Area = (ulong)MaxPixels;
        ResourceLimits.Memory = 512UL * 1024 * 1024;
        ResourceLimits.ListLength = 16;
        ResourceLimits.Time = 30;
    }

    public static Result<ProcessedPhoto> Process(byte[] content, string format)
    {
        var settings = new MagickReadSettings { Format = CoderOf(format) };
        uint width, height;
        try
        {
            var header = new MagickImageInfo();
            header.Read(content, settings);
            (width, height) = (header.Width, header.Height);
        }
        catch (MagickException exception) when (exception is MagickResourceLimitErrorException || IsOverALimit(exception))
        {
            return TooLarge();
        }
        catch (MagickException)
        {
            return Unreadable();
        }

        if (width == 0 || height == 0)
            return Unreadable();
        if (width > MaxSide || height > MaxSide || (long)width * height > MaxPixels)
            return TooLarge();

        var corrupt = false;
        try
        {
            using var image = new MagickImage();
            image.Warning += (_, warning) => corrupt |= warning.Message.Contains("corrupt", StringComparison.OrdinalIgnoreCase)
                || warning.Message.Contains("premature", StringComparison.OrdinalIgnoreCase)
                || warning.Message.Contains("truncat", StringComparison.OrdinalIgnoreCase);
            image.Read(content, DecodeSettings(format, Math.Max(width, height)));
            if (corrupt)
                return Incomplete();

            image.AutoOrient();
            image.Strip();
            image.BackgroundColor = MagickColors.White;
            image.Alpha(AlphaAction.Remove);
            image.Resize(new MagickGeometry(LongestSide, LongestSide) { Greater = true });
            image.Format = MagickFormat.Jpeg;
            image.Quality = Quality;
            var processed = image.ToByteArray();

            using var thumbnail = image.Clone();
            thumbnail.Thumbnail(new MagickGeometry(ThumbnailSide, ThumbnailSide) { Greater = true });
            thumbnail.Strip();
            thumbnail.Format = MagickFormat.Jpeg;
            thumbnail.Quality = Quality;
            return new ProcessedPhoto(processed, thumbnail.ToByteArray(), (int)image.Width, (int)image.Height);
        }
        catch (MagickException exception) when (exception is MagickResourceLimitErrorException || IsOverALimit(exception))
        {
            return TooLarge();
        }
        catch (MagickCorruptImageErrorException)
        {
            return Incomplete();
        }
        catch (MagickException)
        {
            return Unreadable();
        }
    }

    // A coder that meets a width, height or area over ResourceLimits says so in its message ("… exceeds limit",
    // "… exceeds user limit") with an error type of its own rather than a resource-limit error.
    private static bool IsOverALimit(MagickException exception) =>
        exception.Message.Contains("exceeds", StringComparison.OrdinalIgnoreCase) && exception.Message.Contains("limit", StringComparison.OrdinalIgnoreCase);

    // The header is read without this: it must give the true size. A JPEG larger than our copy is then decoded by
    // libjpeg at the smallest of its scales still at least as large as the copy, which cuts the time of a 12-megapixel
    // photo by about a third; never for a smaller one, which libjpeg would scale up.
    private static MagickReadSettings DecodeSettings(string format, uint longestSide)
    {
        var settings = new MagickReadSettings { Format = CoderOf(format) };
        if (format == PhotoFormat.Jpeg && longestSide > LongestSide)
            settings.SetDefine(MagickFormat.Jpeg, "size", $"{LongestSide}x{LongestSide}");
        return settings;
    }

    private static MagickFormat CoderOf(string format) => format switch
    {
        PhotoFormat.Jpeg => MagickFormat.Jpeg,
        PhotoFormat.Png => MagickFormat.Png,
        PhotoFormat.WebP => MagickFormat.WebP,
        PhotoFormat.Heic => MagickFormat.Heic,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a photo format"),
    };

    public static Error TooLarge() => PhotoErrors.Unprocessable(
        "photo_dimensions_too_large",
        Bilingual.Pick(
            $"The picture is too large: at most {MaxSide:N0} pixels a side and {MaxPixels:N0} pixels in all.",
            $"Gambar terlalu besar: paling banyak {MaxSide:N0} piksel per sisi dan {MaxPixels:N0} piksel seluruhnya."));

    public static Error Incomplete() => PhotoErrors.Unprocessable(
        "photo_incomplete",
        Bilingual.Pick(
            "The picture is cut off or has data after its end.",
            "Gambar terpotong atau berisi data setelah akhirnya."));

    private static Error Unreadable() => PhotoErrors.Unprocessable(
        "photo_unreadable",
        Bilingual.Pick("The picture cannot be read.", "Gambar tidak dapat dibaca."));
}

/// <summary>What we serve of an upload: the re-encoded JPEG without metadata, its thumbnail, and its size in pixels.</summary>
internal sealed record ProcessedPhoto(byte[] Processed, byte[] Thumbnail, int Width, int Height);
