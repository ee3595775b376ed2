-- The host's own operational records, outside every module (docs/adr/0069). instance: each running host process
-- announces itself and refreshes last_seen_at every heartbeat; the Command Centre counts those seen lately as alive.

CREATE TABLE operations.instance (
    id text NOT NULL PRIMARY KEY,
    host_name text NOT NULL,
    process_id integer NOT NULL,
    version text NOT NULL,
    started_at timestamptz NOT NULL,
    last_seen_at timestamptz NOT NULL
);
