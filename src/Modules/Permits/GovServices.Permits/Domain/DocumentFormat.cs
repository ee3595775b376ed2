namespace GovServices.Permits.Domain;

/// <summary>
/// The document formats accepted, recognised from the first bytes of the content (its signature), never from the
/// file name or the declared content type, which the uploader controls.
/// </summary>
internal static class DocumentFormat
{
    public const string Pdf = "pdf";
    public const string Jpeg = "jpeg";
    public const string Png = "png";

    public static readonly IReadOnlyList<string> All = [Pdf, Jpeg, Png];

    /// <summary>How many leading bytes <see cref="Recognise"/> needs.</summary>
    public const int SignatureLength = 8;

    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];

    /// <summary>The format whose signature opens <paramref name="head"/>, or null for anything else.</summary>
    public static string? Recognise(ReadOnlySpan<byte> head) =>
        head.StartsWith(PdfSignature) ? Pdf
        : head.StartsWith(PngSignature) ? Png
        : head.StartsWith(JpegSignature) ? Jpeg
        : null;

    public static string MediaType(string format) => format switch
    {
        Pdf => "application/pdf",
        Png => "image/png",
        Jpeg => "image/jpeg",
        _ => "application/octet-stream",
    };
}
