CREATE TABLE sample.note (
    id uuid NOT NULL PRIMARY KEY,
    body text NOT NULL,
    written_at timestamptz NOT NULL,
    version integer NOT NULL
);

CREATE TABLE sample.received_event (
    message_id uuid NOT NULL,
    consumer text NOT NULL,
    body text NOT NULL
);
