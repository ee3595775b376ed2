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
            file_bytes = @file_bytes,
            file_compression = @file_compression,
            report_language = @report_language
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
        SELECT id, attempts, file_bytes, file_compression, report_language
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

    /// <summary>What a finished job tells others (<c>ResidentImportCompleted</c>), read in the transaction that finished it.</summary>
    public const string SelectOutcome =
        """
        SELECT id AS ImportId, status AS Status, rows_read AS RowsRead, rows_inserted AS RowsInserted,
               rows_updated AS RowsUpdated, rows_failed AS RowsRejected, finished_at AS CompletedAt,
               requested_by_client_id AS RequestedByClientId
        FROM civil_registry.import_job
        WHERE id = @id
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

    /// <summary>Gives a job back to the queue when its worker stops, without counting the attempt.</summary>
    public const string HandBack =
        """
        UPDATE civil_registry.import_job
        SET status = @status,
            lease_owner = NULL,
            lease_expires_at = NULL,
            attempts = attempts - 1
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

    /// <summary>
    /// SQLite: one resident, run once per row on a prepared command. The row comes back only when it was inserted
    /// (version 1) or changed (its version raised); an identical row is left alone and returns nothing.
    /// </summary>
    public static readonly string UpsertResident = UpsertResidents(
        """
        VALUES (
            @nik, @kk, @full_name, @birth_place, @birth_date, @sex, @religion, @marital_status, @occupation,
            @street, @rt, @rw, @kelurahan_code, @kelurahan, @kecamatan_code, @kecamatan, @status, @updated_at, 1)
        """);

    /// <summary>
    /// PostgreSQL: a whole batch in one statement, one array parameter per column (a single round trip, and no
    /// per-row parameters). Returns what <see cref="UpsertResident"/> returns, a row per inserted or changed resident.
    /// </summary>
    public static readonly string UpsertResidentArrays = UpsertResidents(
        """
        SELECT nik, kk, full_name, birth_place, birth_date::date, sex, religion, marital_status, occupation,
               street, rt, rw, kelurahan_code, kelurahan, kecamatan_code, kecamatan, status, @updated_at, 1
        FROM unnest(
            @nik::text[], @kk::text[], @full_name::text[], @birth_place::text[], @birth_date::text[], @sex::text[],
            @religion::text[], @marital_status::text[], @occupation::text[], @street::text[], @rt::text[], @rw::text[],
            @kelurahan_code::text[], @kelurahan::text[], @kecamatan_code::text[], @kecamatan::text[], @status::text[])
            AS batch (
                nik, kk, full_name, birth_place, birth_date, sex, religion, marital_status, occupation,
                street, rt, rw, kelurahan_code, kelurahan, kecamatan_code, kecamatan, status)
        """);

    /// <summary>The jobs waiting or being imported, for the import gauges; the status index finds them.</summary>
    public const string SelectUnfinished =
        """
        SELECT id, status, file_bytes, rows_read
        FROM civil_registry.import_job
        WHERE status IN (@queued, @running)
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

    // Upsert by NIK that touches a stored row only when a value differs, so that importing a file again changes
    // nothing (not even version or updated_at). SQLite (3.39 and later) and PostgreSQL read this text alike.
    private static string UpsertResidents(string rows) =>
        $"""
        INSERT INTO civil_registry.resident AS stored (
            nik, kk, full_name, birth_place, birth_date, sex, religion, marital_status, occupation,
            street, rt, rw, kelurahan_code, kelurahan, kecamatan_code, kecamatan, status, updated_at, version)
        {rows}
        ON CONFLICT (nik) DO UPDATE
        SET kk = excluded.kk,
            full_name = excluded.full_name,
            birth_place = excluded.birth_place,
            birth_date = excluded.birth_date,
            sex = excluded.sex,
            religion = excluded.religion,
            marital_status = excluded.marital_status,
            occupation = excluded.occupation,
            street = excluded.street,
            rt = excluded.rt,
            rw = excluded.rw,
            kelurahan_code = excluded.kelurahan_code,
            kelurahan = excluded.kelurahan,
            kecamatan_code = excluded.kecamatan_code,
            kecamatan = excluded.kecamatan,
            status = excluded.status,
            updated_at = excluded.updated_at,
            version = stored.version + 1
        WHERE stored.kk IS DISTINCT FROM excluded.kk
           OR stored.full_name IS DISTINCT FROM excluded.full_name
           OR stored.birth_place IS DISTINCT FROM excluded.birth_place
           OR stored.birth_date IS DISTINCT FROM excluded.birth_date
           OR stored.sex IS DISTINCT FROM excluded.sex
           OR stored.religion IS DISTINCT FROM excluded.religion
           OR stored.marital_status IS DISTINCT FROM excluded.marital_status
           OR stored.occupation IS DISTINCT FROM excluded.occupation
           OR stored.street IS DISTINCT FROM excluded.street
           OR stored.rt IS DISTINCT FROM excluded.rt
           OR stored.rw IS DISTINCT FROM excluded.rw
           OR stored.kelurahan_code IS DISTINCT FROM excluded.kelurahan_code
           OR stored.kelurahan IS DISTINCT FROM excluded.kelurahan
           OR stored.kecamatan_code IS DISTINCT FROM excluded.kecamatan_code
           OR stored.kecamatan IS DISTINCT FROM excluded.kecamatan
           OR stored.status IS DISTINCT FROM excluded.status
        RETURNING version
        """;
}
