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
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Placeholders = new Dictionary<string, IReadOnlyList<string>>(StaffTemplates.Placeholders, StringComparer.Ordinal)
    {
        ["complaint.verified"] = ["tracking_code", "link"],
        ["complaint.rejected"] = ["tracking_code", "link"],
        ["complaint.dispositioned"] = ["tracking_code", "opd", "link"],
        ["complaint.in_progress"] = ["tracking_code", "opd", "link"],
        ["complaint.resolved"] = ["tracking_code", "link"],
        ["complaint.closed"] = ["tracking_code", "link"],
        ["complaint.reopened"] = ["tracking_code", "link"],
        ["complaint.commented"] = ["tracking_code", "link"],
        ["complaint.survey"] = ["tracking_code", "link"],
        ["permit.revision_requested"] = ["application_number", "note", "link"],
        ["permit.approved"] = ["application_number", "note", "link"],
        ["permit.rejected"] = ["application_number", "note", "link"],
        ["permit.fee_assessed"] = ["application_number", "amount", "payment_code", "due_date", "link"],
        ["permit.paid"] = ["application_number", "receipt_number", "link"],
        ["permit.issued"] = ["application_number", "permit_number", "link"],
        ["permit.revoked"] = ["application_number", "permit_number", "note", "link"],
        ["payment.received"] = ["application_number", "amount", "receipt_number", "link"],
        ["payment.refunded"] = ["application_number", "amount", "receipt_number", "link"],
        ["payment.reminder"] = ["application_number", "amount", "payment_code", "due_date", "link"],
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
        ("complaint.survey",
            "Apakah pengaduan ((tracking_code)) sudah beres?", "Apakah masalah pada pengaduan ((tracking_code)) sudah beres? Jawab dengan satu ketukan: ((link))",
            "Is complaint ((tracking_code)) fixed?", "Is the problem of complaint ((tracking_code)) fixed? Answer in one tap: ((link))"),
        ("permit.revision_requested",
            "Permohonan izin ((application_number)) perlu dilengkapi", "Permohonan izin Anda perlu dilengkapi: ((note)). Perbaiki di ((link))",
            "Permit application ((application_number)) needs changes", "Your permit application needs changes: ((note)). Update it at ((link))"),
        ("permit.approved",
            "Permohonan izin ((application_number)) disetujui", "Permohonan izin Anda disetujui. Biayanya segera ditetapkan. ((link))",
            "Permit application ((application_number)) approved", "Your permit application was approved. Its fee follows soon. ((link))"),
        ("permit.rejected",
            "Permohonan izin ((application_number)) ditolak", "Permohonan izin Anda ditolak: ((note)). Rincian: ((link))",
            "Permit application ((application_number)) rejected", "Your permit application was rejected: ((note)). Details: ((link))"),
        ("permit.fee_assessed",
            "Biaya izin ((application_number)): Rp ((amount))", "Biaya izin Rp ((amount)). Kode bayar ((payment_code)), bayar sebelum ((due_date)). ((link))",
            "Permit fee ((application_number)): Rp ((amount))", "Permit fee Rp ((amount)). Payment code ((payment_code)), pay before ((due_date)). ((link))"),
        ("permit.paid",
            "Pembayaran izin ((application_number)) diterima", "Pembayaran izin diterima, kuitansi ((receipt_number)). Izin segera terbit. ((link))",
            "Permit fee ((application_number)) received", "Permit fee received, receipt ((receipt_number)). The permit follows soon. ((link))"),
        ("permit.issued",
            "Izin ((permit_number)) terbit", "Izin Anda terbit: ((permit_number)). Cek keasliannya: ((link))",
            "Permit ((permit_number)) issued", "Your permit was issued: ((permit_number)). Verify it: ((link))"),
        ("permit.revoked",
            "Izin ((permit_number)) dicabut", "Izin ((permit_number)) dicabut: ((note)). ((link))",
            "Permit ((permit_number)) revoked", "Permit ((permit_number)) was revoked: ((note)). ((link))"),
        ("payment.received",
            "Pembayaran Rp ((amount)) diterima", "Pembayaran Rp ((amount)) diterima, kuitansi ((receipt_number)). Cek keasliannya: ((link))",
            "Payment of Rp ((amount)) received", "Payment of Rp ((amount)) received, receipt ((receipt_number)). Verify it: ((link))"),
        ("payment.refunded",
            "Pengembalian dana Rp ((amount))", "Dana Rp ((amount)) dikembalikan untuk kuitansi ((receipt_number)). Rincian: ((link))",
            "Refund of Rp ((amount))", "Rp ((amount)) was refunded for receipt ((receipt_number)). Details: ((link))"),
        ("payment.reminder",
            "Kode bayar ((payment_code)) segera kedaluwarsa", "Tagihan Rp ((amount)) belum dibayar. Kode bayar ((payment_code)) berlaku sampai ((due_date)). ((link))",
            "Payment code ((payment_code)) expires soon", "Rp ((amount)) is still unpaid. Payment code ((payment_code)) is valid until ((due_date)). ((link))"),
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
        .. StaffTemplates.All,
    ];

    public static MessageTemplate? Find(string id, string channel, string language) =>
        All.FirstOrDefault(template => template.Id == id && template.Channel == channel && template.Language == language);
}
