using GovServices.BuildingBlocks.Data;

namespace GovServices.CivilRegistry.ImportResidents;

/// <summary>The import jobs' SQL, in one place so that tests parse it for every dialect.</summary>
internal static class ResidentImportSql
{
    public const string InsertJob =
        """
        INSERT INTO civil_registry.import_job (
            id, status, file_name, file_bytes, requested_by_client_id, requested_by_user_id, requested_at,
            rows_read, rows_inserted, rows_updated, rows_unchanged, rows_failed, errors_recorded, attempts)
        VALUES (
            @id, @status, @file_name, 0, @requested_by_client_id, @requested_by_user_id, @requested_at,
            0, 0, 0, 0, 0, 0, 0)
        """;

    public const string InsertChunk =
        """
        INSERT INTO civil_registry.import_file_chunk (job_id, chunk_number, content)
        VALUES (@job_id, @chunk_number, @content)
        """;

    public const string MarkQueued =
        """
        UPDATE civil_registry.import_job
        SET status = @status,
            file_bytes = @file_bytes
        WHERE id = @id
        """;

    public const string DeleteJob =
        """
        DELETE FROM civil_registry.import_job
        WHERE id = @id
        """;

    /// <summary>Takes one queued job, or one whose worker stopped renewing its lease.</summary>
    public static string Claim(ISqlDialect dialect) =>
        dialect.ClaimRows(
            table: "civil_registry.import_job",
            filter: """
                    (status = @queued
                    OR (status = @running AND lease_expires_at < @now))
                    """,
            orderBy: "requested_at, id",
            limitParameter: "batch_size",
            assignments: "status = @running, lease_owner = @lease_owner, lease_expires_at = @lease_expires_at, attempts = attempts + 1, started_at = @now");

    public const string SelectClaimed =
        """
        SELECT id, attempts
        FROM civil_registry.import_job
        WHERE lease_owner = @lease_owner
          AND status = @running
        """;

    /// <summary>A job taken over from a worker that stopped starts again from its first row; upserts make that safe.</summary>
    public const string ResetProgress =
        """
        UPDATE civil_registry.import_job
        SET rows_read = 0,
            rows_inserted = 0,
            rows_updated = 0,
            rows_unchanged = 0,
            rows_failed = 0,
            errors_recorded = 0,
            failure_reason = NULL
        WHERE id = @id
          AND lease_owner = @lease_owner
        """;

    public const string DeleteErrors =
        """
        DELETE FROM civil_registry.import_error
        WHERE job_id = @job_id
        """;

    public const string SelectChunk =
        """
        SELECT content
        FROM civil_registry.import_file_chunk
        WHERE job_id = @job_id
          AND chunk_number = @chunk_number
        """;

    public const string InsertError =
        """
        INSERT INTO civil_registry.import_error (job_id, error_number, row_number, field, reason)
        VALUES (@job_id, @error_number, @row_number, @field, @reason)
        """;

    /// <summary>Adds one batch's counts and renews the lease; no row changes when another worker owns the job now.</summary>
    public const string RecordProgress =
        """
        UPDATE civil_registry.import_job
        SET rows_read = rows_read + @rows_read,
            rows_inserted = rows_inserted + @rows_inserted,
            rows_updated = rows_updated + @rows_updated,
            rows_unchanged = rows_unchanged + @rows_unchanged,
            rows_failed = rows_failed + @rows_failed,
            errors_recorded = errors_recorded + @errors_recorded,
            lease_expires_at = @lease_expires_at
        WHERE id = @id
          AND lease_owner = @lease_owner
        """;

    public const string Finish =
        """
        UPDATE civil_registry.import_job
        SET status = @status,
            failure_reason = @failure_reason,
            finished_at = @finished_at,
            lease_owner = NULL,
            lease_expires_at = NULL
        WHERE id = @id
          AND lease_owner = @lease_owner
        """;

    /// <summary>Gives a job back to the queue after a failure that was not its file's fault.</summary>
    public const string Release =
        """
        UPDATE civil_registry.import_job
        SET status = @status,
            lease_owner = NULL,
            lease_expires_at = NULL
        WHERE id = @id
          AND lease_owner = @lease_owner
        """;

    /// <summary>The uploaded file is personal data: it is deleted once the job has ended.</summary>
    public const string DeleteChunks =
        """
        DELETE FROM civil_registry.import_file_chunk
        WHERE job_id = @job_id
        """;

    public const string SelectJob =
        """
        SELECT id, status, file_name, file_bytes, requested_by_client_id, requested_at, started_at, finished_at,
               rows_read, rows_inserted, rows_updated, rows_unchanged, rows_failed, errors_recorded, failure_reason
        FROM civil_registry.import_job
        WHERE id = @id
        """;

    public static string SelectErrorPage(ISqlDialect dialect) =>
        $"""
        SELECT error_number, row_number, field, reason
        FROM civil_registry.import_error
        WHERE job_id = @job_id
          AND error_number > @after_error_number
        ORDER BY error_number
        {dialect.Limit("limit")}
        """;
}
