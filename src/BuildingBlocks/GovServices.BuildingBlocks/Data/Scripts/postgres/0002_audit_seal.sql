-- The sealing of the audit trail into a hash chain (ADR 0017). Only the sealer writes these tables. It gives each
-- audit row its chain position here, so audit rows themselves are never updated, and a row that commits late
-- simply takes the next free position instead of being skipped.

CREATE TABLE "{schema}".audit_seal_batch (
    batch_number bigint NOT NULL PRIMARY KEY,
    first_position bigint NOT NULL,
    last_position bigint NOT NULL,
    last_hash text NOT NULL,
    entry_count integer NOT NULL,
    sealed_at timestamptz NOT NULL,
    sealed_by text NOT NULL
);

CREATE INDEX ix_audit_seal_batch_sealed_at ON "{schema}".audit_seal_batch (sealed_at);

CREATE TABLE "{schema}".audit_chain_entry (
    position bigint NOT NULL PRIMARY KEY,
    source_table text NOT NULL,
    record_id uuid NOT NULL,
    content_hash text NOT NULL,
    entry_hash text NOT NULL,
    batch_number bigint NOT NULL,
    CONSTRAINT uq_audit_chain_entry_record UNIQUE (source_table, record_id)
);
