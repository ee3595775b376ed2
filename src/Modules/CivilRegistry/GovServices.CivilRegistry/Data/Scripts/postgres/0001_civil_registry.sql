-- Residents as the civil registry (Dukcapil) knows them, the CSV imports that load them, and the access
-- trail of every verification and lookup (see docs/adr/0009).

CREATE TABLE civil_registry.resident (
    nik char(16) NOT NULL PRIMARY KEY,
    kk char(16) NOT NULL,
    full_name text NOT NULL,
    birth_place text NOT NULL,
    birth_date date NOT NULL,
    sex text NOT NULL,
    religion text NOT NULL,
    marital_status text NOT NULL,
    occupation text NULL,
    street text NULL,
    rt text NOT NULL,
    rw text NOT NULL,
    kelurahan_code text NULL,
    kelurahan text NOT NULL,
    kecamatan_code text NULL,
    kecamatan text NOT NULL,
    status text NOT NULL,
    updated_at timestamptz NOT NULL,
    version integer NOT NULL
);

CREATE INDEX ix_resident_kk ON civil_registry.resident (kk);

CREATE TABLE civil_registry.import_job (
    id uuid NOT NULL PRIMARY KEY,
    status text NOT NULL,
    file_name text NULL,
    file_bytes bigint NOT NULL,
    requested_by_client_id text NULL,
    requested_by_user_id text NULL,
    requested_at timestamptz NOT NULL,
    started_at timestamptz NULL,
    finished_at timestamptz NULL,
    rows_read bigint NOT NULL,
    rows_inserted bigint NOT NULL,
    rows_updated bigint NOT NULL,
    rows_unchanged bigint NOT NULL,
    rows_failed bigint NOT NULL,
    errors_recorded integer NOT NULL,
    failure_reason text NULL,
    attempts integer NOT NULL,
    lease_owner text NULL,
    lease_expires_at timestamptz NULL
);

CREATE INDEX ix_import_job_status ON civil_registry.import_job (status, requested_at);

CREATE TABLE civil_registry.import_file_chunk (
    job_id uuid NOT NULL REFERENCES civil_registry.import_job (id) ON DELETE CASCADE,
    chunk_number integer NOT NULL,
    content bytea NOT NULL,
    PRIMARY KEY (job_id, chunk_number)
);

CREATE TABLE civil_registry.import_error (
    job_id uuid NOT NULL REFERENCES civil_registry.import_job (id) ON DELETE CASCADE,
    error_number integer NOT NULL,
    row_number bigint NOT NULL,
    field text NULL,
    reason text NOT NULL,
    PRIMARY KEY (job_id, error_number)
);

CREATE TABLE civil_registry.access_log (
    id uuid NOT NULL PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    client_id text NULL,
    user_id text NULL,
    user_opd text NULL,
    action text NOT NULL,
    nik char(16) NOT NULL,
    purpose text NOT NULL,
    result text NOT NULL,
    trace_id text NULL
);

CREATE INDEX ix_access_log_nik ON civil_registry.access_log (nik, occurred_at);

CREATE INDEX ix_access_log_occurred_at ON civil_registry.access_log (occurred_at, id);
