-- Outbound notifications (docs/notifications.md, ADR 0047): the webhook endpoints partner and OPD systems subscribe,
-- and one delivery engine for every channel — a delivery per event and destination, retried under a lease, with
-- each attempt logged. Email, SMS, WhatsApp and the in-app inbox (issue 15) add destinations, not engines.

CREATE TABLE notifications.webhook_endpoint (
    id TEXT NOT NULL PRIMARY KEY,
    owner_client_id TEXT NOT NULL,
    owner_user_id TEXT NULL,
    owner_opd TEXT NULL,
    url TEXT NOT NULL,
    description TEXT NULL,
    event_types TEXT NOT NULL,
    status TEXT NOT NULL,
    disabled_reason TEXT NULL,
    disabled_at TEXT NULL,
    failing_since TEXT NULL,
    secret TEXT NOT NULL,
    previous_secret TEXT NULL,
    previous_secret_expires_at TEXT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL
);

CREATE INDEX notifications.ix_webhook_endpoint_owner ON webhook_endpoint (owner_client_id, created_at);

CREATE INDEX notifications.ix_webhook_endpoint_status ON webhook_endpoint (status);

CREATE TABLE notifications.delivery (
    id TEXT NOT NULL PRIMARY KEY,
    channel TEXT NOT NULL,
    destination_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    occurred_at TEXT NOT NULL,
    next_attempt_at TEXT NOT NULL,
    first_attempted_at TEXT NULL,
    lease_owner TEXT NULL,
    lease_expires_at TEXT NULL,
    created_at TEXT NOT NULL,
    delivered_at TEXT NULL,
    last_status_code INTEGER NULL,
    CONSTRAINT ux_delivery_event UNIQUE (channel, destination_id, event_id)
);

CREATE INDEX notifications.ix_delivery_due ON delivery (status, next_attempt_at);

CREATE INDEX notifications.ix_delivery_destination ON delivery (destination_id, created_at);

CREATE INDEX notifications.ix_delivery_created_at ON delivery (created_at);

CREATE TABLE notifications.delivery_attempt (
    delivery_id TEXT NOT NULL,
    attempt INTEGER NOT NULL,
    attempted_at TEXT NOT NULL,
    status_code INTEGER NULL,
    duration_ms INTEGER NOT NULL,
    error TEXT NULL,
    response_excerpt TEXT NULL,
    PRIMARY KEY (delivery_id, attempt)
);
