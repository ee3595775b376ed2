CREATE TABLE sample.note (
    id TEXT NOT NULL PRIMARY KEY,
    body TEXT NOT NULL,
    written_at TEXT NOT NULL,
    version INTEGER NOT NULL
);

CREATE TABLE sample.received_event (
    message_id TEXT NOT NULL,
    consumer TEXT NOT NULL,
    body TEXT NOT NULL
);
