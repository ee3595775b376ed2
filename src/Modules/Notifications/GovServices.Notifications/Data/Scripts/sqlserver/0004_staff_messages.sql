-- Staff messages (issue 15, ADR 0072). A message names the record it is about (`complaint:<id>`,
-- `permit_application:<id>`), so staff can see what was sent about it; a digest is about many and names none.
-- digest_run: one row per digest day and scope (`opd:<code>`, `city`), written in the transaction that queues that
-- digest's messages, so of several instances (or runs) exactly one makes a day's digest; a day with nothing to say
-- leaves no row.

ALTER TABLE notifications.message ADD subject_ref nvarchar(100) NULL;
GO

CREATE INDEX ix_message_subject ON notifications.message (subject_ref, created_at);

CREATE TABLE notifications.digest_run (
    digest_day date NOT NULL,
    scope nvarchar(100) NOT NULL,
    ran_at datetimeoffset NOT NULL,
    recipients int NOT NULL,
    PRIMARY KEY (digest_day, scope)
);
