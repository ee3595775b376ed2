-- The sealing of the audit trail into a hash chain (ADR 0017). Only the sealer writes these tables. It gives each
-- audit row its chain position here, so audit rows themselves are never updated, and a row that commits late
-- simply takes the next free position instead of being skipped.

CREATE TABLE "{schema}".audit_seal_batch (
    batch_number bigint NOT NULL PRIMARY KEY,
    first_position bigint NOT NULL,
    last_position bigint NOT NULL,
    last_hash char(64) NOT NULL,
    entry_count int NOT NULL,
    sealed_at datetimeoffset(7) NOT NULL,
    sealed_by nvarchar(100) NOT NULL
);

CREATE INDEX ix_audit_seal_batch_sealed_at ON "{schema}".audit_seal_batch (sealed_at);

CREATE TABLE "{schema}".audit_chain_entry (
    position bigint NOT NULL PRIMARY KEY,
    source_table nvarchar(100) NOT NULL,
    record_id uniqueidentifier NOT NULL,
    content_hash char(64) NOT NULL,
    entry_hash char(64) NOT NULL,
    batch_number bigint NOT NULL,
    CONSTRAINT uq_audit_chain_entry_record UNIQUE (source_table, record_id)
);
