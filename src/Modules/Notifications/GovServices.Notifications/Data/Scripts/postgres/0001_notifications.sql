-- Outbound notifications (docs/notifications.md, ADR 0047): the webhook endpoints partner and OPD systems subscribe,
-- and one delivery engine for every channel — a delivery per event and destination, retried under a lease, with
-- each attempt logged. Email, SMS, WhatsApp and the in-app inbox (issue 15) add destinations, not engines.

CREATE TABLE notifications.webhook_endpoint (
    id uuid NOT NULL PRIMARY KEY,
    owner_client_id text NOT NULL,
    owner_user_id text NULL,
    owner_opd text NULL,
    url text NOT NULL,
    description text NULL,
    event_types text NOT NULL,
    status text NOT NULL,
    disabled_reason text NULL,
    disabled_at timestamptz NULL,
    failing_since timestamptz NULL,
    secret text NOT NULL,
    previous_secret text NULL,
    previous_secret_expires_at timestamptz NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    version integer NOT NULL
);

CREATE INDEX ix_webhook_endpoint_owner ON notifications.webhook_endpoint (owner_client_id, created_at);

CREATE INDEX ix_webhook_endpoint_status ON notifications.webhook_endpoint (status);

CREATE TABLE notifications.delivery (
    id text NOT NULL PRIMARY KEY,
    channel text NOT NULL,
    destination_id uuid NOT NULL,
    event_id uuid NOT NULL,
    event_type text NOT NULL,
    payload text NOT NULL,
    status text NOT NULL,
    attempts integer NOT NULL,
    occurred_at timestamptz NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    first_attempted_at timestamptz NULL,
    lease_owner text NULL,
    lease_expires_at timestamptz NULL,
    created_at timestamptz NOT NULL,
    delivered_at timestamptz NULL,
    last_status_code integer NULL,
    CONSTRAINT ux_delivery_event UNIQUE (channel, destination_id, event_id)
);

CREATE INDEX ix_delivery_due ON notifications.delivery (status, next_attempt_at);

CREATE INDEX ix_delivery_destination ON notifications.delivery (destination_id, created_at);

CREATE INDEX ix_delivery_created_at ON notifications.delivery (created_at);

CREATE TABLE notifications.delivery_attempt (
    delivery_id text NOT NULL,
    attempt integer NOT NULL,
    attempted_at timestamptz NOT NULL,
    status_code integer NULL,
    duration_ms integer NOT NULL,
    error text NULL,
    response_excerpt text NULL,
    PRIMARY KEY (delivery_id, attempt)
);
