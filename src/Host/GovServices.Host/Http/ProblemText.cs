using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace GovServices.Host.Http;

/// <summary>
/// The human-readable title and default detail of one problem code in one language, and the texts of the host's
/// problem codes in English and Bahasa Indonesia. Codes that are not listed here belong to a module, which then
/// supplies its own title and detail.
/// </summary>
internal sealed record ProblemText(string Title, string Detail)
{
    private static readonly FrozenDictionary<string, (ProblemText English, ProblemText Indonesian)> Texts =
        new Dictionary<string, (ProblemText, ProblemText)>
        {
            [ProblemCodes.BadRequest] = (
                new("Bad request", "The request could not be understood."),
                new("Permintaan tidak valid", "Permintaan tidak dapat dipahami.")),
            [ProblemCodes.MalformedJson] = (
                new("Malformed JSON", "The request body is not valid JSON."),
                new("JSON tidak valid", "Isi permintaan bukan JSON yang valid.")),
            [ProblemCodes.Unauthorized] = (
                new("Authentication required", "This resource requires a valid access token."),
                new("Autentikasi diperlukan", "Sumber daya ini memerlukan token akses yang valid.")),
            [ProblemCodes.Forbidden] = (
                new("Access denied", "The access token does not allow this request."),
                new("Akses ditolak", "Token akses tidak mengizinkan permintaan ini.")),
            [ProblemCodes.NotFound] = (
                new("Not found", "No resource exists at this address."),
                new("Tidak ditemukan", "Tidak ada sumber daya di alamat ini.")),
            [ProblemCodes.MethodNotAllowed] = (
                new("Method not allowed", "This resource does not support the request method; the Allow header lists the methods it supports."),
                new("Metode tidak diizinkan", "Sumber daya ini tidak mendukung metode permintaan tersebut; header Allow memuat metode yang didukung.")),
            [ProblemCodes.Conflict] = (
                new("Conflict", "The request conflicts with the current state of the resource."),
                new("Konflik", "Permintaan bertentangan dengan keadaan sumber daya saat ini.")),
            [ProblemCodes.PreconditionFailed] = (
                new("Precondition failed", "The resource has changed since it was read; read it again and retry."),
                new("Prasyarat tidak terpenuhi", "Sumber daya telah berubah sejak dibaca; baca ulang lalu coba lagi.")),
            [ProblemCodes.PayloadTooLarge] = (
                new("Request body too large", "The request body is larger than this server accepts."),
                new("Isi permintaan terlalu besar", "Isi permintaan melebihi ukuran yang diterima server ini.")),
            [ProblemCodes.UnsupportedMediaType] = (
                new("Unsupported media type", "Send the request body as application/json."),
                new("Jenis media tidak didukung", "Kirim isi permintaan sebagai application/json.")),
            [ProblemCodes.TooManyRequests] = (
                new("Too many requests", "Too many requests were sent; retry after the time given in the Retry-After header."),
                new("Terlalu banyak permintaan", "Terlalu banyak permintaan; coba lagi setelah waktu pada header Retry-After.")),
            [ProblemCodes.InternalError] = (
                new("Internal server error", "An unexpected error occurred. Quote the traceId when reporting it."),
                new("Kesalahan internal server", "Terjadi kesalahan tak terduga. Sebutkan traceId saat melaporkannya.")),
            [ProblemCodes.ServiceUnavailable] = (
                new("Service unavailable", "The service is temporarily unavailable; retry later."),
                new("Layanan tidak tersedia", "Layanan sedang tidak tersedia; coba lagi nanti.")),
            [ProblemCodes.ClientError] = (
                new("Request failed", "The request cannot be processed."),
                new("Permintaan gagal", "Permintaan tidak dapat diproses.")),
            [ProblemCodes.ServerError] = (
                new("Server error", "The server could not complete the request."),
                new("Kesalahan server", "Server tidak dapat menyelesaikan permintaan.")),
        }.ToFrozenDictionary();

    public static bool TryGet(string code, CultureInfo culture, [NotNullWhen(true)] out ProblemText? text)
    {
        if (!Texts.TryGetValue(code, out var texts))
        {
            text = null;
            return false;
        }

        text = IsIndonesian(culture) ? texts.Indonesian : texts.English;
        return true;
    }

    /// <param name="jsonPath">Where the reader was, such as <c>$.applicant.name</c>.</param>
    /// <param name="position">The one-based line and byte within that line, when the reader knows them.</param>
    /// <param name="culture">The language to write in.</param>
    public static string MalformedJsonDetail(string jsonPath, (long Line, long Byte)? position, CultureInfo culture)
    {
        if (IsIndonesian(culture))
        {
            return position is var (line, column)
                ? string.Create(culture, $"Nilai pada '{jsonPath}' (baris {line}, bita {column}) tidak ada, rusak, atau bertipe salah.")
                : $"Nilai pada '{jsonPath}' tidak ada, rusak, atau bertipe salah.";
        }

        return position is var (englishLine, englishColumn)
            ? string.Create(culture, $"The value at '{jsonPath}' (line {englishLine}, byte {englishColumn}) is missing, malformed or of the wrong type.")
            : $"The value at '{jsonPath}' is missing, malformed or of the wrong type.";
    }

    public static string PayloadTooLargeDetail(long maxBytes, CultureInfo culture) => IsIndonesian(culture)
        ? string.Create(culture, $"Isi permintaan tidak boleh melebihi {maxBytes} bita.")
        : string.Create(culture, $"The request body must not exceed {maxBytes} bytes.");

    private static bool IsIndonesian(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == RequestCultures.Indonesian;
}
