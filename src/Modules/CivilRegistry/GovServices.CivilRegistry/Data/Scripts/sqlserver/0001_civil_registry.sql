-- Residents as the civil registry (Dukcapil) knows them, the CSV imports that load them, and the access
-- trail of every verification and lookup (see docs/adr/0009).

CREATE TABLE civil_registry.resident (
    nik char(16) NOT NULL PRIMARY KEY,
    kk char(16) NOT NULL,
    full_name nvarchar(200) NOT NULL,
    birth_place nvarchar(200) NOT NULL,
    birth_date date NOT NULL,
    sex nvarchar(10) NOT NULL,
    religion nvarchar(50) NOT NULL,
    marital_status nvarchar(50) NOT NULL,
    occupation nvarchar(100) NULL,
    street nvarchar(200) NULL,
    rt nvarchar(3) NOT NULL,
    rw nvarchar(3) NOT NULL,
    kelurahan_code nvarchar(20) NULL,
    kelurahan nvarchar(100) NOT NULL,
    kecamatan_code nvarchar(20) NULL,
    kecamatan nvarchar(100) NOT NULL,
    status nvarchar(20) NOT NULL,
    updated_at datetimeoffset(7) NOT NULL,
    version int NOT NULL
);

CREATE INDEX ix_resident_kk ON civil_registry.resident (kk);

CREATE TABLE civil_registry.import_job (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    status nvarchar(20) NOT NULL,
    file_name nvarchar(260) NULL,
    file_bytes bigint NOT NULL,
    requested_by_client_id nvarchar(200) NULL,
    requested_by_user_id nvarchar(200) NULL,
    requested_at datetimeoffset(7) NOT NULL,
    started_at datetimeoffset(7) NULL,
    finished_at datetimeoffset(7) NULL,
    rows_read bigint NOT NULL,
    rows_inserted bigint NOT NULL,
    rows_updated bigint NOT NULL,
    rows_unchanged bigint NOT NULL,
    rows_failed bigint NOT NULL,
    errors_recorded int NOT NULL,
    failure_reason nvarchar(1000) NULL,
    attempts int NOT NULL,
    lease_owner nvarchar(100) NULL,
    lease_expires_at datetimeoffset(7) NULL
);

CREATE INDEX ix_import_job_status ON civil_registry.import_job (status, requested_at);

CREATE TABLE civil_registry.import_file_chunk (
    job_id uniqueidentifier NOT NULL REFERENCES civil_registry.import_job (id) ON DELETE CASCADE,
    chunk_number int NOT NULL,
    content varbinary(max) NOT NULL,
    PRIMARY KEY (job_id, chunk_number)
);

CREATE TABLE civil_registry.import_error (
    job_id uniqueidentifier NOT NULL REFERENCES civil_registry.import_job (id) ON DELETE CASCADE,
    error_number int NOT NULL,
    row_number bigint NOT NULL,
    field nvarchar(50) NULL,
    reason nvarchar(1000) NOT NULL,
    PRIMARY KEY (job_id, error_number)
);

CREATE TABLE civil_registry.access_log (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    occurred_at datetimeoffset(7) NOT NULL,
    client_id nvarchar(200) NULL,
    user_id nvarchar(200) NULL,
    user_opd nvarchar(50) NULL,
    action nvarchar(20) NOT NULL,
    nik char(16) NOT NULL,
    purpose nvarchar(100) NOT NULL,
    result nvarchar(20) NOT NULL,
    trace_id nvarchar(100) NULL
);

CREATE INDEX ix_access_log_nik ON civil_registry.access_log (nik, occurred_at);

CREATE INDEX ix_access_log_occurred_at ON civil_registry.access_log (occurred_at, id);
