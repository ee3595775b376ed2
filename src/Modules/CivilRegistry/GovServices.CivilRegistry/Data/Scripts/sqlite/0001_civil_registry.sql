-- Residents as the civil registry (Dukcapil) knows them, the CSV imports that load them, and the access
-- trail of every verification and lookup (see docs/adr/0009).

CREATE TABLE civil_registry.resident (
    nik TEXT NOT NULL PRIMARY KEY,
    kk TEXT NOT NULL,
    full_name TEXT NOT NULL,
    birth_place TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    sex TEXT NOT NULL,
    religion TEXT NOT NULL,
    marital_status TEXT NOT NULL,
    occupation TEXT NULL,
    street TEXT NULL,
    rt TEXT NOT NULL,
    rw TEXT NOT NULL,
    kelurahan_code TEXT NULL,
    kelurahan TEXT NOT NULL,
    kecamatan_code TEXT NULL,
    kecamatan TEXT NOT NULL,
    status TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL
);

CREATE INDEX civil_registry.ix_resident_kk ON resident (kk);

CREATE TABLE civil_registry.import_job (
    id TEXT NOT NULL PRIMARY KEY,
    status TEXT NOT NULL,
    file_name TEXT NULL,
    file_bytes INTEGER NOT NULL,
    requested_by_client_id TEXT NULL,
    requested_by_user_id TEXT NULL,
    requested_at TEXT NOT NULL,
    started_at TEXT NULL,
    finished_at TEXT NULL,
    rows_read INTEGER NOT NULL,
    rows_inserted INTEGER NOT NULL,
    rows_updated INTEGER NOT NULL,
    rows_unchanged INTEGER NOT NULL,
    rows_failed INTEGER NOT NULL,
    errors_recorded INTEGER NOT NULL,
    failure_reason TEXT NULL,
    attempts INTEGER NOT NULL,
    lease_owner TEXT NULL,
    lease_expires_at TEXT NULL
);

CREATE INDEX civil_registry.ix_import_job_status ON import_job (status, requested_at);

CREATE TABLE civil_registry.import_file_chunk (
    job_id TEXT NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    chunk_number INTEGER NOT NULL,
    content BLOB NOT NULL,
    PRIMARY KEY (job_id, chunk_number)
);

CREATE TABLE civil_registry.import_error (
    job_id TEXT NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    error_number INTEGER NOT NULL,
    row_number INTEGER NOT NULL,
    field TEXT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (job_id, error_number)
);

CREATE TABLE civil_registry.access_log (
    id TEXT NOT NULL PRIMARY KEY,
    occurred_at TEXT NOT NULL,
    client_id TEXT NULL,
    user_id TEXT NULL,
    user_opd TEXT NULL,
    action TEXT NOT NULL,
    nik TEXT NOT NULL,
    purpose TEXT NOT NULL,
    result TEXT NOT NULL,
    trace_id TEXT NULL
);

CREATE INDEX civil_registry.ix_access_log_nik ON access_log (nik, occurred_at);

CREATE INDEX civil_registry.ix_access_log_occurred_at ON access_log (occurred_at, id);
