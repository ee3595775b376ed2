using GovServices.BuildingBlocks.Data;

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
        "resolution_due_on", "updated_at", "version", "kelurahan_code", "attributes", "reporter_notify",
    ];

    public const string SelectColumns = """
        id AS Id, tracking_code AS TrackingCode, category_code AS CategoryCode, opd_code AS OpdCode, status AS Status,
        title AS Title, description AS Description, latitude AS Latitude, longitude AS Longitude, address AS Address,
        media_urls AS MediaUrls, anonymous AS Anonymous, confidential AS Confidential, kelurahan_code AS KelurahanCode,
        reporter_user_id AS ReporterUserId, reporter_nik AS ReporterNik, reporter_name AS ReporterName,
        reporter_contact AS ReporterContact, filed_by_client_id AS FiledByClientId, filed_at AS FiledAt,
        verification_due_on AS VerificationDueOn, follow_up_due_on AS FollowUpDueOn,
        resolution_due_on AS ResolutionDueOn, verified_at AS VerifiedAt, dispositioned_at AS DispositionedAt,
        started_at AS StartedAt, resolved_at AS ResolvedAt, closed_at AS ClosedAt, auto_close_on AS AutoCloseOn,
        rejection_reason AS RejectionReason, duplicate_of_id AS DuplicateOfId, reopen_count AS ReopenCount,
        rating AS Rating, rated_at AS RatedAt, verification_overdue_at AS VerificationOverdueAt,
        follow_up_overdue_at AS FollowUpOverdueAt, resolution_overdue_at AS ResolutionOverdueAt,
        updated_at AS UpdatedAt, version AS Version, media_count AS MediaCount, attributes AS Attributes
        """;

    /// <summary>
    /// Writes a step of the lifecycle: every column a step may change, from the row as the step leaves it, only if
    /// nobody changed the complaint since it was read.
    /// </summary>
    public const string UpdateLifecycle = """
        UPDATE complaints.complaint
        SET status = @status,
            opd_code = @opd_code,
            follow_up_due_on = @follow_up_due_on,
            resolution_due_on = @resolution_due_on,
            verified_at = @verified_at,
            dispositioned_at = @dispositioned_at,
            started_at = @started_at,
            resolved_at = @resolved_at,
            closed_at = @closed_at,
            auto_close_on = @auto_close_on,
            rejection_reason = @rejection_reason,
            duplicate_of_id = @duplicate_of_id,
            reopen_count = @reopen_count,
            rating = @rating,
            rated_at = @rated_at,
            follow_up_overdue_at = @follow_up_overdue_at,
            resolution_overdue_at = @resolution_overdue_at,
            updated_at = @updated_at,
            version = version + 1
        WHERE id = @id AND version = @version
        """;

    public const string SelectById = $"""
        SELECT {SelectColumns}
        FROM complaints.complaint
        WHERE id = @id
        """;

    public const string CountById = """
        SELECT COUNT(*)
        FROM complaints.complaint
        WHERE id = @id
        """;

    public const string InsertHistory = """
        INSERT INTO complaints.complaint_history (id, complaint_id, occurred_at, action, from_status, to_status, actor_client_id, actor_user_id, note)
        VALUES (@id, @complaint_id, @occurred_at, @action, @from_status, @to_status, @actor_client_id, @actor_user_id, @note)
        """;

    public const string InsertResponse = """
        INSERT INTO complaints.complaint_response (id, complaint_id, responded_at, opd_code, body, actor_client_id, actor_user_id)
        VALUES (@id, @complaint_id, @responded_at, @opd_code, @body, @actor_client_id, @actor_user_id)
        """;

    /// <summary>The OPD's answers to one complaint, newest first: the first row is the latest public answer.</summary>
    public const string SelectResponses = """
        SELECT id AS Id, responded_at AS RespondedAt, opd_code AS OpdCode, body AS Body
        FROM complaints.complaint_response
        WHERE complaint_id = @complaint_id
        ORDER BY responded_at DESC, id DESC
        """;

    public const string SelectHistory = """
        SELECT occurred_at AS OccurredAt, action AS Action, from_status AS FromStatus, to_status AS ToStatus,
            actor_client_id AS ActorClientId, actor_user_id AS ActorUserId, note AS Note
        FROM complaints.complaint_history
        WHERE complaint_id = @complaint_id
        ORDER BY occurred_at, id
        """;

    /// <summary>Open complaints past the due date of a stage the deadline job has not flagged yet, oldest first.</summary>
    public static string SelectOverdue(ISqlDialect dialect, string stage) => $"""
        SELECT {SelectColumns}
        FROM complaints.complaint
        WHERE {OverdueCondition(stage)}
        ORDER BY filed_at, id
        {dialect.Limit("limit")}
        """;

    /// <summary>Flags one stage once: the first host instance to get there wins, the others change nothing.</summary>
    public static string FlagOverdue(string stage) => $"""
        UPDATE complaints.complaint
        SET {StageColumn(stage)}_overdue_at = @now
        WHERE id = @id AND {OverdueCondition(stage)}
        """;

    /// <summary>
    /// Sets a due date computed again (<see cref="DueDateColumn"/>) where it is still the provisional one: a later step
    /// that counted it anew wins. The version moves, since the record's answer changes.
    /// </summary>
    public static string RecomputeDueDate(string dueDate) => $"""
        UPDATE complaints.complaint
        SET {DueDateColumn(dueDate)} = @recomputed,
            updated_at = @now,
            version = version + 1
        WHERE id = @id AND {DueDateColumn(dueDate)} = @due_on
        """;

    /// <summary>The column of a due date: a <see cref="DeadlineStage"/> or <see cref="ComplaintDeadlines.AutoClose"/>.</summary>
    public static string DueDateColumn(string dueDate) => dueDate switch
    {
        DeadlineStage.Verification => "verification_due_on",
        DeadlineStage.FollowUp => "follow_up_due_on",
        DeadlineStage.Resolution => "resolution_due_on",
        ComplaintDeadlines.AutoClose => "auto_close_on",
        _ => throw new ArgumentOutOfRangeException(nameof(dueDate), dueDate, "not a due date of a complaint"),
    };

    /// <summary>
    /// A complaint is overdue in a stage while it is still in it after the stage's due date (WITA): verification while
    /// submitted or verified, follow-up while routed but not started, resolution until resolved.
    /// </summary>
    public static string OverdueCondition(string stage) => stage switch
    {
        DeadlineStage.Verification => "status IN ('submitted', 'verified') AND verification_due_on < @today AND verification_overdue_at IS NULL",
        DeadlineStage.FollowUp => "status = 'dispositioned' AND follow_up_due_on < @today AND follow_up_overdue_at IS NULL",
        DeadlineStage.Resolution => "status IN ('dispositioned', 'in_progress', 'reopened') AND resolution_due_on < @today AND resolution_overdue_at IS NULL",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "not a deadline stage"),
    };

    /// <summary>Open complaints past a due date, flagged or not: the list's <c>overdue=true</c>.</summary>
    public const string OverdueNow = """
        ((status IN ('submitted', 'verified') AND verification_due_on < @today)
            OR (status = 'dispositioned' AND follow_up_due_on < @today)
            OR (status IN ('dispositioned', 'in_progress', 'reopened') AND resolution_due_on < @today))
        """;

    /// <summary>
    /// Resolved complaints whose auto-close date has come, and which <paramref name="alsoWhere"/> (a condition on
    /// <c>c</c>: the survey's hold, ADR 0071) lets close.
    /// </summary>
    public static string SelectDueForAutoClose(ISqlDialect dialect, string alsoWhere) => $"""
        SELECT {SelectColumns}
        FROM complaints.complaint c
        WHERE c.status = 'resolved' AND c.auto_close_on <= @today
        AND {alsoWhere}
        ORDER BY c.filed_at, c.id
        {dialect.Limit("limit")}
        """;

    private static string StageColumn(string stage) => stage switch
    {
        DeadlineStage.Verification => "verification",
        DeadlineStage.FollowUp => "follow_up",
        DeadlineStage.Resolution => "resolution",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "not a deadline stage"),
    };

    public const string InsertComment = """
        INSERT INTO complaints.complaint_comment (id, complaint_id, created_at, author_party, actor_client_id, actor_user_id, body)
        VALUES (@id, @complaint_id, @created_at, @author_party, @actor_client_id, @actor_user_id, @body)
        """;

    public const string SelectComments = """
        SELECT id AS Id, created_at AS CreatedAt, author_party AS AuthorParty, actor_user_id AS ActorUserId, body AS Body
        FROM complaints.complaint_comment
        WHERE complaint_id = @complaint_id
        ORDER BY created_at, id
        """;

    /// <summary>The reporter's rating, once: a second one changes nothing.</summary>
    public const string Rate = """
        UPDATE complaints.complaint
        SET rating = @rating,
            rated_at = @rated_at,
            updated_at = @rated_at,
            version = version + 1
        WHERE id = @id AND rating IS NULL AND status IN ('resolved', 'closed')
        """;

    public const string CategoryColumns = """
        code AS Code, name_id AS NameId, name_en AS NameEn, description AS Description, opd_code AS OpdCode,
        sla_working_days AS SlaWorkingDays, active AS Active, sort_order AS SortOrder, updated_at AS UpdatedAt,
        version AS Version, duplicate_radius_metres AS DuplicateRadiusMetres, attributes AS Attributes
        """;

    public const string CategoryTable = "complaints.category";

    public static readonly string[] CategoryInsertColumns =
        ["code", "name_id", "name_en", "description", "opd_code", "sla_working_days", "active", "sort_order", "updated_at", "version", "duplicate_radius_metres", "attributes"];

    public const string UpdateCategory = """
        UPDATE complaints.category
        SET name_id = @name_id,
            name_en = @name_en,
            description = @description,
            opd_code = @opd_code,
            sla_working_days = @sla_working_days,
            active = @active,
            sort_order = @sort_order,
            duplicate_radius_metres = @duplicate_radius_metres,
            attributes = @attributes,
            updated_at = @updated_at,
            version = version + 1
        WHERE code = @code AND version = @version
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
