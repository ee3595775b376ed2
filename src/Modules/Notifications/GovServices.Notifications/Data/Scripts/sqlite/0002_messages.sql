-- Messages to people (ADR 0052): one row per message besides its delivery (the engine's row, same id), with what the
-- person and the staff see: the template it came from, the status of GOV.UK Notify's set, and the body, which the
-- retention job wipes after 7 days while the metadata stays a year. The inbox channel's messages are the citizen's
-- in-app inbox. Preferences: one row per person who changed the defaults. Templates: one row per shipped template an
-- admin edited (the shipped text is version 1).

CREATE TABLE notifications.message (
    id TEXT NOT NULL PRIMARY KEY,
    channel TEXT NOT NULL,
    recipient_key TEXT NOT NULL,
    user_id TEXT NULL,
    event_id TEXT NOT NULL,
    template_id TEXT NOT NULL,
    template_version INTEGER NOT NULL,
    language TEXT NOT NULL,
    address TEXT NULL,
    subject TEXT NULL,
    body TEXT NULL,
    link TEXT NULL,
    status TEXT NOT NULL,
    status_reason TEXT NULL,
    created_at TEXT NOT NULL,
    status_updated_at TEXT NOT NULL,
    read_at TEXT NULL,
    CONSTRAINT ux_message_event UNIQUE (channel, recipient_key, event_id)
);

CREATE INDEX notifications.ix_message_inbox ON message (user_id, channel, created_at);

CREATE INDEX notifications.ix_message_created_at ON message (created_at);

CREATE TABLE notifications.message_preference (
    user_id TEXT NOT NULL PRIMARY KEY,
    email INTEGER NOT NULL,
    sms INTEGER NOT NULL,
    whatsapp INTEGER NOT NULL,
    language TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE notifications.message_template (
    id TEXT NOT NULL,
    channel TEXT NOT NULL,
    language TEXT NOT NULL,
    version INTEGER NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    provider_template TEXT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NULL,
    PRIMARY KEY (id, channel, language)
);
