namespace GovServices.Notifications.Messages;

/// <summary>
/// The templates the module ships (version 1), in plain Bahasa Indonesia first and English: short enough for one SMS
/// (160 GSM-7 characters with a tracking code and link), the same text on every channel. The WhatsApp channel sends
/// the provider's approved template of the same name (<c>govservices_</c> + the id), its body parameters the values
/// in the order the text uses them. docs/notifications.md lists them.
/// </summary>
internal static class DefaultTemplates
{
    /// <summary>The placeholders each template may use; an edit that uses any other is refused.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Placeholders = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["complaint.verified"] = ["tracking_code", "link"],
        ["complaint.rejected"] = ["tracking_code", "link"],
        ["complaint.dispositioned"] = ["tracking_code", "opd", "link"],
        ["complaint.in_progress"] = ["tracking_code", "opd", "link"],
        ["complaint.resolved"] = ["tracking_code", "link"],
        ["complaint.closed"] = ["tracking_code", "link"],
        ["complaint.reopened"] = ["tracking_code", "link"],
        ["complaint.commented"] = ["tracking_code", "link"],
    };

    private static readonly (string Id, string SubjectId, string BodyId, string SubjectEn, string BodyEn)[] Texts =
    [
        ("complaint.verified",
            "Pengaduan ((tracking_code)) diverifikasi", "Pengaduan ((tracking_code)) sudah diverifikasi dan diteruskan ke dinas terkait. Pantau: ((link))",
            "Complaint ((tracking_code)) verified", "Complaint ((tracking_code)) was verified and passed on for action. Track it: ((link))"),
        ("complaint.rejected",
            "Pengaduan ((tracking_code)) tidak dapat diproses", "Pengaduan ((tracking_code)) tidak dapat diproses. Alasannya dapat dibaca di ((link))",
            "Complaint ((tracking_code)) cannot be processed", "Complaint ((tracking_code)) cannot be processed. Read why at ((link))"),
        ("complaint.dispositioned",
            "Pengaduan ((tracking_code)) diteruskan ke ((opd))", "Pengaduan ((tracking_code)) diteruskan ke ((opd)) untuk ditindaklanjuti. Pantau: ((link))",
            "Complaint ((tracking_code)) passed to ((opd))", "Complaint ((tracking_code)) was passed to ((opd)) for action. Track it: ((link))"),
        ("complaint.in_progress",
            "Pengaduan ((tracking_code)) sedang dikerjakan", "Pengaduan ((tracking_code)) sedang dikerjakan oleh ((opd)). Pantau: ((link))",
            "Complaint ((tracking_code)) in progress", "((opd)) is working on complaint ((tracking_code)). Track it: ((link))"),
        ("complaint.resolved",
            "Pengaduan ((tracking_code)) selesai", "Pengaduan ((tracking_code)) sudah diselesaikan. Baca jawabannya: ((link))",
            "Complaint ((tracking_code)) resolved", "Complaint ((tracking_code)) was resolved. Read the answer: ((link))"),
        ("complaint.closed",
            "Pengaduan ((tracking_code)) ditutup", "Pengaduan ((tracking_code)) ditutup. Terima kasih sudah melapor. ((link))",
            "Complaint ((tracking_code)) closed", "Complaint ((tracking_code)) was closed. Thank you for reporting. ((link))"),
        ("complaint.reopened",
            "Pengaduan ((tracking_code)) dibuka kembali", "Pengaduan ((tracking_code)) dibuka kembali dan akan ditindaklanjuti lagi. Pantau: ((link))",
            "Complaint ((tracking_code)) reopened", "Complaint ((tracking_code)) was reopened and will be acted on again. Track it: ((link))"),
        ("complaint.commented",
            "Tanggapan baru untuk pengaduan ((tracking_code))", "Ada tanggapan baru dari petugas untuk pengaduan ((tracking_code)). Baca: ((link))",
            "New reply on complaint ((tracking_code))", "Staff replied on complaint ((tracking_code)). Read it: ((link))"),
    ];

    public static readonly IReadOnlyList<MessageTemplate> All =
    [
        .. from text in Texts
           from channel in MessageChannels.All
           from language in new[] { "id", "en" }
           select new MessageTemplate(
               text.Id,
               channel,
               language,
               1,
               language == "id" ? text.SubjectId : text.SubjectEn,
               language == "id" ? text.BodyId : text.BodyEn,
               channel == MessageChannels.WhatsApp ? "govservices_" + text.Id.Replace('.', '_') : null),
    ];

    public static MessageTemplate? Find(string id, string channel, string language) =>
        All.FirstOrDefault(template => template.Id == id && template.Channel == channel && template.Language == language);
}
