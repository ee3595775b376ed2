-- Issued permits with their official numbers and signed tokens; the per-type yearly number counters, updated in
-- the issuing transaction so that numbers are gap-free; and the ES256 keys that sign the tokens (docs/adr/0016).

CREATE TABLE permits.permit_number_sequence (
    permit_type_code nvarchar(50) NOT NULL,
    year int NOT NULL,
    last_value int NOT NULL,
    PRIMARY KEY (permit_type_code, year)
);

CREATE TABLE permits.issued_permit (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    application_id uniqueidentifier NOT NULL,
    number nvarchar(100) NOT NULL,
    permit_type_code nvarchar(50) NOT NULL,
    permit_type_name_id nvarchar(200) NOT NULL,
    classification_code nvarchar(30) NOT NULL,
    opd_code nvarchar(50) NOT NULL,
    sequence_year int NOT NULL,
    sequence_value int NOT NULL,
    holder_name nvarchar(200) NOT NULL,
    holder_nik nvarchar(16) NULL,
    applicant_user_id nvarchar(200) NULL,
    applicant_client_id nvarchar(200) NULL,
    valid_from date NOT NULL,
    valid_until date NULL,
    issued_at datetimeoffset(7) NOT NULL,
    signing_key_id nvarchar(100) NOT NULL,
    token nvarchar(4000) NOT NULL,
    status nvarchar(20) NOT NULL,
    revoked_at datetimeoffset(7) NULL,
    revocation_reason nvarchar(1000) NULL,
    revoked_by_user_id nvarchar(200) NULL,
    version int NOT NULL
);

CREATE UNIQUE INDEX ux_issued_permit_application ON permits.issued_permit (application_id);

CREATE UNIQUE INDEX ux_issued_permit_sequence ON permits.issued_permit (permit_type_code, sequence_year, sequence_value);

CREATE INDEX ix_issued_permit_applicant_user ON permits.issued_permit (applicant_user_id);

CREATE INDEX ix_issued_permit_applicant_client ON permits.issued_permit (applicant_client_id);

CREATE INDEX ix_issued_permit_opd ON permits.issued_permit (opd_code, issued_at);

CREATE TABLE permits.signing_key (
    key_id nvarchar(100) NOT NULL PRIMARY KEY,
    algorithm nvarchar(20) NOT NULL,
    public_key nvarchar(1000) NOT NULL,
    protected_private_key nvarchar(4000) NOT NULL,
    status nvarchar(20) NOT NULL,
    created_at datetimeoffset(7) NOT NULL,
    retired_at datetimeoffset(7) NULL
);

-- At most one active key: two instances provisioning or rotating at once cannot both succeed.
CREATE UNIQUE INDEX ux_signing_key_active ON permits.signing_key (status) WHERE status = 'active';
