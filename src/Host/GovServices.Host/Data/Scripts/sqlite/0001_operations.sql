-- The host's own operational records, outside every module (docs/adr/0069). instance: each running host process
-- announces itself and refreshes last_seen_at every heartbeat; the Command Centre counts those seen lately as alive.

CREATE TABLE operations.instance (
    id TEXT NOT NULL PRIMARY KEY,
    host_name TEXT NOT NULL,
    process_id INTEGER NOT NULL,
    version TEXT NOT NULL,
    started_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL
);
