-- Tables every module schema has: outbox, inbox, audit log, idempotency records.

CREATE TABLE "{schema}".outbox_message (
    id TEXT NOT NULL PRIMARY KEY,
    message_type TEXT NOT NULL,
    payload TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    trace_parent TEXT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    lease_owner TEXT NULL,
    lease_expires_at TEXT NULL,
    processed_at TEXT NULL,
    poisoned_at TEXT NULL,
    last_error TEXT NULL
);

CREATE INDEX "{schema}".ix_outbox_message_pending
    ON outbox_message (next_attempt_at)
    WHERE processed_at IS NULL AND poisoned_at IS NULL;

CREATE TABLE "{schema}".inbox_message (
    message_id TEXT NOT NULL,
    consumer TEXT NOT NULL,
    handled_at TEXT NOT NULL,
    PRIMARY KEY (message_id, consumer)
);

CREATE TABLE "{schema}".audit_log (
    id TEXT NOT NULL PRIMARY KEY,
    occurred_at TEXT NOT NULL,
    actor_client_id TEXT NULL,
    actor_user_id TEXT NULL,
    action TEXT NOT NULL,
    entity_type TEXT NULL,
    entity_id TEXT NULL,
    outcome TEXT NOT NULL,
    details TEXT NULL,
    trace_id TEXT NULL
);

CREATE INDEX "{schema}".ix_audit_log_occurred_at ON audit_log (occurred_at);

CREATE INDEX "{schema}".ix_audit_log_entity ON audit_log (entity_type, entity_id);

CREATE TABLE "{schema}".idempotency_record (
    client_id TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status_code INTEGER NOT NULL,
    response_body TEXT NULL,
    response_headers TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    PRIMARY KEY (client_id, idempotency_key)
);

CREATE INDEX "{schema}".ix_idempotency_record_expires_at ON idempotency_record (expires_at);
