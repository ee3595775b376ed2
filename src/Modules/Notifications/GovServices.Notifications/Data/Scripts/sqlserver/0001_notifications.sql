-- Outbound notifications (docs/notifications.md, ADR 0047): the webhook endpoints partner and OPD systems subscribe,
-- and one delivery engine for every channel — a delivery per event and destination, retried under a lease, with
-- each attempt logged. Email, SMS, WhatsApp and the in-app inbox (issue 15) add destinations, not engines.

CREATE TABLE notifications.webhook_endpoint (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    owner_client_id nvarchar(200) NOT NULL,
    owner_user_id nvarchar(200) NULL,
    owner_opd nvarchar(50) NULL,
    url nvarchar(2048) NOT NULL,
    description nvarchar(500) NULL,
    event_types nvarchar(2000) NOT NULL,
    status nvarchar(20) NOT NULL,
    disabled_reason nvarchar(20) NULL,
    disabled_at datetimeoffset NULL,
    failing_since datetimeoffset NULL,
    secret nvarchar(max) NOT NULL,
    previous_secret nvarchar(max) NULL,
    previous_secret_expires_at datetimeoffset NULL,
    created_at datetimeoffset NOT NULL,
    updated_at datetimeoffset NOT NULL,
    version int NOT NULL
);

CREATE INDEX ix_webhook_endpoint_owner ON notifications.webhook_endpoint (owner_client_id, created_at);

CREATE INDEX ix_webhook_endpoint_status ON notifications.webhook_endpoint (status);

CREATE TABLE notifications.delivery (
    id nvarchar(40) NOT NULL PRIMARY KEY,
    channel nvarchar(20) NOT NULL,
    destination_id uniqueidentifier NOT NULL,
    event_id uniqueidentifier NOT NULL,
    event_type nvarchar(100) NOT NULL,
    payload nvarchar(max) NOT NULL,
    status nvarchar(20) NOT NULL,
    attempts int NOT NULL,
    occurred_at datetimeoffset NOT NULL,
    next_attempt_at datetimeoffset NOT NULL,
    first_attempted_at datetimeoffset NULL,
    lease_owner nvarchar(64) NULL,
    lease_expires_at datetimeoffset NULL,
    created_at datetimeoffset NOT NULL,
    delivered_at datetimeoffset NULL,
    last_status_code int NULL,
    CONSTRAINT ux_delivery_event UNIQUE (channel, destination_id, event_id)
);

CREATE INDEX ix_delivery_due ON notifications.delivery (status, next_attempt_at);

CREATE INDEX ix_delivery_destination ON notifications.delivery (destination_id, created_at);

CREATE INDEX ix_delivery_created_at ON notifications.delivery (created_at);

CREATE TABLE notifications.delivery_attempt (
    delivery_id nvarchar(40) NOT NULL,
    attempt int NOT NULL,
    attempted_at datetimeoffset NOT NULL,
    status_code int NULL,
    duration_ms int NOT NULL,
    error nvarchar(1000) NULL,
    response_excerpt nvarchar(1000) NULL,
    PRIMARY KEY (delivery_id, attempt)
);
