-- Messages to people (ADR 0052): one row per message besides its delivery (the engine's row, same id), with what the
-- person and the staff see: the template it came from, the status of GOV.UK Notify's set, and the body, which the
-- retention job wipes after 7 days while the metadata stays a year. The inbox channel's messages are the citizen's
-- in-app inbox. Preferences: one row per person who changed the defaults. Templates: one row per shipped template an
-- admin edited (the shipped text is version 1).

CREATE TABLE notifications.message (
    id text NOT NULL PRIMARY KEY,
    channel text NOT NULL,
    recipient_key uuid NOT NULL,
    user_id text NULL,
    event_id uuid NOT NULL,
    template_id text NOT NULL,
    template_version integer NOT NULL,
    language text NOT NULL,
    address text NULL,
    subject text NULL,
    body text NULL,
    link text NULL,
    status text NOT NULL,
    status_reason text NULL,
    created_at timestamptz NOT NULL,
    status_updated_at timestamptz NOT NULL,
    read_at timestamptz NULL,
    CONSTRAINT ux_message_event UNIQUE (channel, recipient_key, event_id)
);

CREATE INDEX ix_message_inbox ON notifications.message (user_id, channel, created_at);

CREATE INDEX ix_message_created_at ON notifications.message (created_at);

CREATE TABLE notifications.message_preference (
    user_id text NOT NULL PRIMARY KEY,
    email boolean NOT NULL,
    sms boolean NOT NULL,
    whatsapp boolean NOT NULL,
    language text NOT NULL,
    updated_at timestamptz NOT NULL
);

CREATE TABLE notifications.message_template (
    id text NOT NULL,
    channel text NOT NULL,
    language text NOT NULL,
    version integer NOT NULL,
    subject text NOT NULL,
    body text NOT NULL,
    provider_template text NULL,
    updated_at timestamptz NOT NULL,
    updated_by text NULL,
    PRIMARY KEY (id, channel, language)
);
