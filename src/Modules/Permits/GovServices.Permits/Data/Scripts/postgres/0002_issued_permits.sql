-- Issued permits with their official numbers and signed tokens; the per-type yearly number counters, updated in
-- the issuing transaction so that numbers are gap-free; and the ES256 keys that sign the tokens (docs/adr/0016).

CREATE TABLE permits.permit_number_sequence (
    permit_type_code text NOT NULL,
    year integer NOT NULL,
    last_value integer NOT NULL,
    PRIMARY KEY (permit_type_code, year)
);

CREATE TABLE permits.issued_permit (
    id uuid NOT NULL PRIMARY KEY,
    application_id uuid NOT NULL,
    number text NOT NULL,
    permit_type_code text NOT NULL,
    permit_type_name_id text NOT NULL,
    classification_code text NOT NULL,
    opd_code text NOT NULL,
    sequence_year integer NOT NULL,
    sequence_value integer NOT NULL,
    holder_name text NOT NULL,
    holder_nik text NULL,
    applicant_user_id text NULL,
    applicant_client_id text NULL,
    valid_from date NOT NULL,
    valid_until date NULL,
    issued_at timestamptz NOT NULL,
    signing_key_id text NOT NULL,
    token text NOT NULL,
    status text NOT NULL,
    revoked_at timestamptz NULL,
    revocation_reason text NULL,
    revoked_by_user_id text NULL,
    version integer NOT NULL
);

CREATE UNIQUE INDEX ux_issued_permit_application ON permits.issued_permit (application_id);

CREATE UNIQUE INDEX ux_issued_permit_sequence ON permits.issued_permit (permit_type_code, sequence_year, sequence_value);

CREATE INDEX ix_issued_permit_applicant_user ON permits.issued_permit (applicant_user_id);

CREATE INDEX ix_issued_permit_applicant_client ON permits.issued_permit (applicant_client_id);

CREATE INDEX ix_issued_permit_opd ON permits.issued_permit (opd_code, issued_at);

CREATE TABLE permits.signing_key (
    key_id text NOT NULL PRIMARY KEY,
    algorithm text NOT NULL,
    public_key text NOT NULL,
    protected_private_key text NOT NULL,
    status text NOT NULL,
    created_at timestamptz NOT NULL,
    retired_at timestamptz NULL
);

-- At most one active key: two instances provisioning or rotating at once cannot both succeed.
CREATE UNIQUE INDEX ux_signing_key_active ON permits.signing_key (status) WHERE status = 'active';
