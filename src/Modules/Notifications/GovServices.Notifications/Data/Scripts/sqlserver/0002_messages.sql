-- Messages to people (ADR 0052): one row per message besides its delivery (the engine's row, same id), with what the
-- person and the staff see: the template it came from, the status of GOV.UK Notify's set, and the body, which the
-- retention job wipes after 7 days while the metadata stays a year. The inbox channel's messages are the citizen's
-- in-app inbox. Preferences: one row per person who changed the defaults. Templates: one row per shipped template an
-- admin edited (the shipped text is version 1).

CREATE TABLE notifications.message (
    id nvarchar(40) NOT NULL PRIMARY KEY,
    channel nvarchar(20) NOT NULL,
    recipient_key uniqueidentifier NOT NULL,
    user_id nvarchar(200) NULL,
    event_id uniqueidentifier NOT NULL,
    template_id nvarchar(100) NOT NULL,
    template_version int NOT NULL,
    language nvarchar(10) NOT NULL,
    address nvarchar(320) NULL,
    subject nvarchar(500) NULL,
    body nvarchar(max) NULL,
    link nvarchar(2048) NULL,
    status nvarchar(30) NOT NULL,
    status_reason nvarchar(1000) NULL,
    created_at datetimeoffset NOT NULL,
    status_updated_at datetimeoffset NOT NULL,
    read_at datetimeoffset NULL,
    CONSTRAINT ux_message_event UNIQUE (channel, recipient_key, event_id)
);

CREATE INDEX ix_message_inbox ON notifications.message (user_id, channel, created_at);

CREATE INDEX ix_message_created_at ON notifications.message (created_at);

CREATE TABLE notifications.message_preference (
    user_id nvarchar(200) NOT NULL PRIMARY KEY,
    email bit NOT NULL,
    sms bit NOT NULL,
    whatsapp bit NOT NULL,
    language nvarchar(10) NOT NULL,
    updated_at datetimeoffset NOT NULL
);

CREATE TABLE notifications.message_template (
    id nvarchar(100) NOT NULL,
    channel nvarchar(20) NOT NULL,
    language nvarchar(10) NOT NULL,
    version int NOT NULL,
    subject nvarchar(500) NOT NULL,
    body nvarchar(4000) NOT NULL,
    provider_template nvarchar(200) NULL,
    updated_at datetimeoffset NOT NULL,
    updated_by nvarchar(200) NULL,
    PRIMARY KEY (id, channel, language)
);
