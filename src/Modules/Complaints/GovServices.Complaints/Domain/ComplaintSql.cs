namespace GovServices.Complaints.Domain;

/// <summary>The SQL the use cases share; the same text on every provider.</summary>
internal static class ComplaintSql
{
    public const string Table = "complaints.complaint";

    public static readonly string[] Columns =
    [
        "id", "tracking_code", "category_code", "opd_code", "status", "title", "description", "latitude", "longitude",
        "address", "media_urls", "anonymous", "confidential", "reporter_user_id", "reporter_nik", "reporter_name",
        "reporter_contact", "filed_by_client_id", "filed_at", "verification_due_on", "follow_up_due_on",
        "resolution_due_on", "updated_at", "version",
    ];

    public const string SelectColumns = """
        id AS Id, tracking_code AS TrackingCode, category_code AS CategoryCode, opd_code AS OpdCode, status AS Status,
        title AS Title, description AS Description, latitude AS Latitude, longitude AS Longitude, address AS Address,
        media_urls AS MediaUrls, anonymous AS Anonymous, confidential AS Confidential,
        reporter_user_id AS ReporterUserId, reporter_nik AS ReporterNik, reporter_name AS ReporterName,
        reporter_contact AS ReporterContact, filed_by_client_id AS FiledByClientId, filed_at AS FiledAt,
        verification_due_on AS VerificationDueOn, follow_up_due_on AS FollowUpDueOn,
        resolution_due_on AS ResolutionDueOn, updated_at AS UpdatedAt, version AS Version
        """;

    public const string SelectById = $"""
        SELECT {SelectColumns}
        FROM complaints.complaint
        WHERE id = @id
        """;

    public const string InsertHistory = """
        INSERT INTO complaints.complaint_history (id, complaint_id, occurred_at, action, from_status, to_status, actor_client_id, actor_user_id, note)
        VALUES (@id, @complaint_id, @occurred_at, @action, @from_status, @to_status, @actor_client_id, @actor_user_id, @note)
        """;

    public const string CategoryColumns = """
        code AS Code, name_id AS NameId, name_en AS NameEn, description AS Description, opd_code AS OpdCode,
        sla_working_days AS SlaWorkingDays, active AS Active
        """;

    public const string SelectActiveCategories = $"""
        SELECT {CategoryColumns}
        FROM complaints.category
        WHERE active = @active
        ORDER BY sort_order, code
        """;

    public const string SelectCategory = $"""
        SELECT {CategoryColumns}
        FROM complaints.category
        WHERE code = @code
        """;
}
