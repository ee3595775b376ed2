-- Tables every module schema has: outbox, inbox, audit log, idempotency records.

CREATE TABLE "{schema}".outbox_message (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    message_type nvarchar(400) NOT NULL,
    payload nvarchar(max) NOT NULL,
    occurred_at datetimeoffset(7) NOT NULL,
    trace_parent nvarchar(100) NULL,
    attempts int NOT NULL DEFAULT 0,
    next_attempt_at datetimeoffset(7) NOT NULL,
    lease_owner nvarchar(100) NULL,
    lease_expires_at datetimeoffset(7) NULL,
    processed_at datetimeoffset(7) NULL,
    poisoned_at datetimeoffset(7) NULL,
    last_error nvarchar(max) NULL
);

CREATE INDEX ix_outbox_message_pending
    ON "{schema}".outbox_message (next_attempt_at)
    WHERE processed_at IS NULL AND poisoned_at IS NULL;

CREATE TABLE "{schema}".inbox_message (
    message_id uniqueidentifier NOT NULL,
    consumer nvarchar(200) NOT NULL,
    handled_at datetimeoffset(7) NOT NULL,
    PRIMARY KEY (message_id, consumer)
);

CREATE TABLE "{schema}".audit_log (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    occurred_at datetimeoffset(7) NOT NULL,
    actor_client_id nvarchar(200) NULL,
    actor_user_id nvarchar(200) NULL,
    action nvarchar(200) NOT NULL,
    entity_type nvarchar(100) NULL,
    entity_id nvarchar(100) NULL,
    outcome nvarchar(50) NOT NULL,
    details nvarchar(max) NULL,
    trace_id nvarchar(100) NULL
);

CREATE INDEX ix_audit_log_occurred_at ON "{schema}".audit_log (occurred_at);

CREATE INDEX ix_audit_log_entity ON "{schema}".audit_log (entity_type, entity_id);

CREATE TABLE "{schema}".idempotency_record (
    client_id nvarchar(100) NOT NULL,
    idempotency_key nvarchar(255) NOT NULL,
    request_hash nvarchar(100) NOT NULL,
    status_code int NOT NULL,
    response_body nvarchar(max) NULL,
    response_headers nvarchar(max) NOT NULL,
    created_at datetimeoffset(7) NOT NULL,
    expires_at datetimeoffset(7) NOT NULL,
    PRIMARY KEY (client_id, idempotency_key)
);

CREATE INDEX ix_idempotency_record_expires_at ON "{schema}".idempotency_record (expires_at);
