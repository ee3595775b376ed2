namespace GovServices.Complaints.Photos;

/// <summary>The SQL of a complaint's photos.</summary>
internal static class PhotoSql
{
    /// <summary>At most this many photos on one complaint.</summary>
    public const int MaxPerComplaint = 10;

    private const string Columns = """
        m.id AS Id, m.complaint_id AS ComplaintId, m.uploaded_at AS UploadedAt, m.uploader_party AS UploaderParty,
        m.actor_client_id AS ActorClientId, m.actor_user_id AS ActorUserId, m.original_format AS OriginalFormat,
        m.original_key AS OriginalKey, m.original_sha256 AS OriginalSha256, m.original_bytes AS OriginalBytes,
        m.processed_key AS ProcessedKey, m.thumbnail_key AS ThumbnailKey, m.width AS Width, m.height AS Height,
        m.hidden_at AS HiddenAt, m.hidden_by_user_id AS HiddenByUserId, m.hidden_reason AS HiddenReason
        """;

    /// <summary>Takes one of the complaint's photo places; no row changes when all are taken.</summary>
    public const string TakePlace = """
        UPDATE complaints.complaint
        SET media_count = media_count + 1
        WHERE id = @id AND media_count < @max
        """;

    public const string Insert = """
        INSERT INTO complaints.complaint_media (id, complaint_id, uploaded_at, uploader_party, actor_client_id, actor_user_id,
            original_format, original_key, original_sha256, original_bytes, processed_key, thumbnail_key, width, height)
        VALUES (@id, @complaint_id, @uploaded_at, @uploader_party, @actor_client_id, @actor_user_id,
            @original_format, @original_key, @original_sha256, @original_bytes, @processed_key, @thumbnail_key, @width, @height)
        """;

    public const string SelectById = $"""
        SELECT {Columns}
        FROM complaints.complaint_media m
        WHERE m.id = @id
        """;

    public const string SelectByComplaint = $"""
        SELECT {Columns}
        FROM complaints.complaint_media m
        WHERE m.complaint_id = @complaint_id
        ORDER BY m.uploaded_at, m.id
        """;

    /// <summary>Hides a photo once: a second moderator's hide changes nothing.</summary>
    public const string Hide = """
        UPDATE complaints.complaint_media
        SET hidden_at = @hidden_at,
            hidden_by_user_id = @hidden_by_user_id,
            hidden_reason = @hidden_reason
        WHERE id = @id AND hidden_at IS NULL
        """;

    /// <summary>
    /// The photos anyone may see: of a complaint the city has verified and not rejected, not confidential, and not
    /// hidden by a moderator. The same rule as <see cref="PublicPhotos.IsPublic"/>.
    /// </summary>
    public const string PublicCondition = """
        c.confidential = @confidential
          AND c.verified_at IS NOT NULL
          AND c.status <> 'rejected'
          AND m.hidden_at IS NULL
        """;

    public static string SelectPublicOf(string inList) => $"""
        SELECT {Columns}
        FROM complaints.complaint_media m
        JOIN complaints.complaint c ON c.id = m.complaint_id
        WHERE m.complaint_id IN {inList}
          AND {PublicCondition}
        ORDER BY m.uploaded_at, m.id
        """;
}
