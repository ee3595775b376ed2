namespace GovServices.Notifications.Messages;

/// <summary>
/// The templates of messages to city staff (issue 15, ADR 0072), shipped beside <see cref="DefaultTemplates"/> and
/// listed and edited with them. The overdue stage is short, for every channel; the digests are lists, so they go by
/// inbox and email only (an SMS or a WhatsApp template cannot carry them). Values never name a reporter: tracking
/// codes, categories, stages and dates.
/// </summary>
internal static class StaffTemplates
{
    public const string StageOverdue = "complaint.stage_overdue";
    public const string OpdDigest = "staff.opd_digest";
    public const string CityDigest = "staff.city_digest";

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Placeholders = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [StageOverdue] = ["tracking_code", "category", "stage", "stage_en", "due_date", "link"],
        [OpdDigest] = ["opd", "date", "new_count", "due_count", "overdue_count", "new_items", "due_items", "due_items_en", "overdue_items", "overdue_items_en", "link"],
        [CityDigest] = ["date", "new_count", "due_count", "overdue_count", "opd_lines", "opd_lines_en", "link"],
    };

    private static readonly MessageTemplate[] Overdue =
    [
        .. from channel in MessageChannels.All
           from language in new[] { "id", "en" }
           select new MessageTemplate(
               StageOverdue,
               channel,
               language,
               1,
               language == "id" ? "Pengaduan ((tracking_code)) terlambat" : "Complaint ((tracking_code)) overdue",
               language == "id"
                   ? "Pengaduan ((tracking_code)) (((category))) melewati batas tahap ((stage)), jatuh tempo ((due_date)). Tindak lanjuti: ((link))"
                   : "Complaint ((tracking_code)) (((category))) is past its ((stage_en)) deadline of ((due_date)). Act on it: ((link))",
               channel == MessageChannels.WhatsApp ? "govservices_" + StageOverdue.Replace('.', '_') : null),
    ];

    private static readonly MessageTemplate[] Digests =
    [
        new(OpdDigest, MessageChannels.Inbox, "id", 1, OpdDigestSubjectId, OpdDigestBodyId),
        new(OpdDigest, MessageChannels.Email, "id", 1, OpdDigestSubjectId, OpdDigestBodyId),
        new(OpdDigest, MessageChannels.Inbox, "en", 1, OpdDigestSubjectEn, OpdDigestBodyEn),
        new(OpdDigest, MessageChannels.Email, "en", 1, OpdDigestSubjectEn, OpdDigestBodyEn),
        new(CityDigest, MessageChannels.Inbox, "id", 1, CityDigestSubjectId, CityDigestBodyId),
        new(CityDigest, MessageChannels.Email, "id", 1, CityDigestSubjectId, CityDigestBodyId),
        new(CityDigest, MessageChannels.Inbox, "en", 1, CityDigestSubjectEn, CityDigestBodyEn),
        new(CityDigest, MessageChannels.Email, "en", 1, CityDigestSubjectEn, CityDigestBodyEn),
    ];

    public static readonly IReadOnlyList<MessageTemplate> All = [.. Overdue, .. Digests];

    private const string OpdDigestSubjectId = "Ringkasan harian ((opd)) ((date))";
    private const string OpdDigestBodyId =
        "((new_count)) disposisi baru, ((due_count)) tahap jatuh tempo besok, ((overdue_count)) tahap terlambat.\n"
        + "Disposisi baru (24 jam terakhir):\n((new_items))\nJatuh tempo besok:\n((due_items))\nTerlambat:\n((overdue_items))\nDaftar pengaduan: ((link))";

    private const string OpdDigestSubjectEn = "Daily digest of ((opd)) ((date))";
    private const string OpdDigestBodyEn =
        "((new_count)) new dispositions, ((due_count)) stages due tomorrow, ((overdue_count)) stages overdue.\n"
        + "New dispositions (last 24 hours):\n((new_items))\nDue tomorrow:\n((due_items_en))\nOverdue:\n((overdue_items_en))\nThe complaints: ((link))";

    private const string CityDigestSubjectId = "Ringkasan harian kota ((date))";
    private const string CityDigestBodyId =
        "((new_count)) disposisi baru, ((due_count)) tahap jatuh tempo besok, ((overdue_count)) tahap terlambat.\nPer OPD:\n((opd_lines))\nDaftar pengaduan: ((link))";

    private const string CityDigestSubjectEn = "City daily digest ((date))";
    private const string CityDigestBodyEn =
        "((new_count)) new dispositions, ((due_count)) stages due tomorrow, ((overdue_count)) stages overdue.\nPer OPD:\n((opd_lines_en))\nThe complaints: ((link))";
}
