-- Tables every module schema has: outbox, inbox, audit log, idempotency records.

CREATE TABLE "{schema}".outbox_message (
    id uuid NOT NULL PRIMARY KEY,
    message_type text NOT NULL,
    payload text NOT NULL,
    occurred_at timestamptz NOT NULL,
    trace_parent text NULL,
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    lease_owner text NULL,
    lease_expires_at timestamptz NULL,
    processed_at timestamptz NULL,
    poisoned_at timestamptz NULL,
    last_error text NULL
);

CREATE INDEX ix_outbox_message_pending
    ON "{schema}".outbox_message (next_attempt_at)
    WHERE processed_at IS NULL AND poisoned_at IS NULL;

CREATE TABLE "{schema}".inbox_message (
    message_id uuid NOT NULL,
    consumer text NOT NULL,
    handled_at timestamptz NOT NULL,
    PRIMARY KEY (message_id, consumer)
);

CREATE TABLE "{schema}".audit_log (
    id uuid NOT NULL PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    actor_client_id text NULL,
    actor_user_id text NULL,
    action text NOT NULL,
    entity_type text NULL,
    entity_id text NULL,
    outcome text NOT NULL,
    details text NULL,
    trace_id text NULL
);

CREATE INDEX ix_audit_log_occurred_at ON "{schema}".audit_log (occurred_at);

CREATE INDEX ix_audit_log_entity ON "{schema}".audit_log (entity_type, entity_id);

CREATE TABLE "{schema}".idempotency_record (
    client_id text NOT NULL,
    idempotency_key text NOT NULL,
    request_hash text NOT NULL,
    status_code integer NOT NULL,
    response_body text NULL,
    response_headers text NOT NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    PRIMARY KEY (client_id, idempotency_key)
);

CREATE INDEX ix_idempotency_record_expires_at ON "{schema}".idempotency_record (expires_at);
