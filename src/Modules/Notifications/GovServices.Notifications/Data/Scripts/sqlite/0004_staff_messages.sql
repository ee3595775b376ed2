-- Staff messages (issue 15, ADR 0072). A message names the record it is about (`complaint:<id>`,
-- `permit_application:<id>`), so staff can see what was sent about it; a digest is about many and names none.
-- digest_run: one row per digest day and scope (`opd:<code>`, `city`), written in the transaction that queues that
-- digest's messages, so of several instances (or runs) exactly one makes a day's digest; a day with nothing to say
-- leaves no row.

ALTER TABLE notifications.message ADD COLUMN subject_ref TEXT NULL;

CREATE INDEX notifications.ix_message_subject ON message (subject_ref, created_at);

CREATE TABLE notifications.digest_run (
    digest_day TEXT NOT NULL,
    scope TEXT NOT NULL,
    ran_at TEXT NOT NULL,
    recipients INTEGER NOT NULL,
    PRIMARY KEY (digest_day, scope)
);
