-- The sealing of the audit trail into a hash chain (ADR 0017). Only the sealer writes these tables. It gives each
-- audit row its chain position here, so audit rows themselves are never updated, and a row that commits late
-- simply takes the next free position instead of being skipped.

CREATE TABLE "{schema}".audit_seal_batch (
    batch_number INTEGER NOT NULL PRIMARY KEY,
    first_position INTEGER NOT NULL,
    last_position INTEGER NOT NULL,
    last_hash TEXT NOT NULL,
    entry_count INTEGER NOT NULL,
    sealed_at TEXT NOT NULL,
    sealed_by TEXT NOT NULL
);

CREATE INDEX "{schema}".ix_audit_seal_batch_sealed_at ON audit_seal_batch (sealed_at);

CREATE TABLE "{schema}".audit_chain_entry (
    position INTEGER NOT NULL PRIMARY KEY,
    source_table TEXT NOT NULL,
    record_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    entry_hash TEXT NOT NULL,
    batch_number INTEGER NOT NULL,
    CONSTRAINT uq_audit_chain_entry_record UNIQUE (source_table, record_id)
);
