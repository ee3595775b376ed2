-- Issued permits with their official numbers and signed tokens; the per-type yearly number counters, updated in
-- the issuing transaction so that numbers are gap-free; and the ES256 keys that sign the tokens (docs/adr/0016).

CREATE TABLE permits.permit_number_sequence (
    permit_type_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    last_value INTEGER NOT NULL,
    PRIMARY KEY (permit_type_code, year)
);

CREATE TABLE permits.issued_permit (
    id TEXT NOT NULL PRIMARY KEY,
    application_id TEXT NOT NULL,
    number TEXT NOT NULL,
    permit_type_code TEXT NOT NULL,
    permit_type_name_id TEXT NOT NULL,
    classification_code TEXT NOT NULL,
    opd_code TEXT NOT NULL,
    sequence_year INTEGER NOT NULL,
    sequence_value INTEGER NOT NULL,
    holder_name TEXT NOT NULL,
    holder_nik TEXT NULL,
    applicant_user_id TEXT NULL,
    applicant_client_id TEXT NULL,
    valid_from TEXT NOT NULL,
    valid_until TEXT NULL,
    issued_at TEXT NOT NULL,
    signing_key_id TEXT NOT NULL,
    token TEXT NOT NULL,
    status TEXT NOT NULL,
    revoked_at TEXT NULL,
    revocation_reason TEXT NULL,
    revoked_by_user_id TEXT NULL,
    version INTEGER NOT NULL
);

CREATE UNIQUE INDEX permits.ux_issued_permit_application ON issued_permit (application_id);

CREATE UNIQUE INDEX permits.ux_issued_permit_sequence ON issued_permit (permit_type_code, sequence_year, sequence_value);

CREATE INDEX permits.ix_issued_permit_applicant_user ON issued_permit (applicant_user_id);

CREATE INDEX permits.ix_issued_permit_applicant_client ON issued_permit (applicant_client_id);

CREATE INDEX permits.ix_issued_permit_opd ON issued_permit (opd_code, issued_at);

CREATE TABLE permits.signing_key (
    key_id TEXT NOT NULL PRIMARY KEY,
    algorithm TEXT NOT NULL,
    public_key TEXT NOT NULL,
    protected_private_key TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    retired_at TEXT NULL
);

-- At most one active key: two instances provisioning or rotating at once cannot both succeed.
CREATE UNIQUE INDEX permits.ux_signing_key_active ON signing_key (status) WHERE status = 'active';
