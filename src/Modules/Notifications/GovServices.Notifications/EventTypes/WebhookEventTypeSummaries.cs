namespace GovServices.Notifications.EventTypes;

/// <summary>
/// The Indonesian summary of each event type, beside the English one the catalogue holds. A test holds every catalogued
/// type to having one; the types of event-contracts.md not yet in the catalogue are here already.
/// </summary>
internal static class WebhookEventTypeSummaries
{
    private static readonly Dictionary<string, string> Indonesian = new(StringComparer.Ordinal)
    {
        ["complaint.status_changed"] = "Pengaduan diajukan atau berpindah ke status lain.",
        ["complaint.commented"] = "Pengaduan mendapat komentar publik dari petugas atau pelapor.",
        ["permit_application.status_changed"] = "Permohonan izin berpindah ke langkah berikutnya: diajukan, retribusi ditetapkan, dibayar, terbit, dicabut, ditarik, dan seterusnya.",
        ["invoice.issued"] = "Tagihan diterbitkan.",
        ["invoice.paid"] = "Tagihan dibayar.",
        ["invoice.expired"] = "Tagihan kedaluwarsa tanpa dibayar.",
        ["invoice.cancelled"] = "Tagihan dibatalkan.",
        ["refund.issued"] = "Pengembalian dana diterbitkan.",
        ["resident_import.completed"] = "Impor data penduduk selesai atau gagal.",
        ["webhook_endpoint.disabled"] = "Salah satu endpoint Anda dinonaktifkan oleh layanan: menjawab 410 Gone, atau gagal selama 3 hari.",
        ["webhook.test"] = "Ping yang dikirim dengan POST …/webhooks/{id}/test; selalu dikirim ke endpoint yang di-ping, apa pun langganannya.",
    };

    public static string? IndonesianOf(string name) => Indonesian.GetValueOrDefault(name);
}
