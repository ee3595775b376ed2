-- The host's own operational records, outside every module (docs/adr/0069). instance: each running host process
-- announces itself and refreshes last_seen_at every heartbeat; the Command Centre counts those seen lately as alive.

CREATE TABLE operations.instance (
    id nvarchar(100) NOT NULL PRIMARY KEY,
    host_name nvarchar(255) NOT NULL,
    process_id int NOT NULL,
    version nvarchar(100) NOT NULL,
    started_at datetimeoffset NOT NULL,
    last_seen_at datetimeoffset NOT NULL
);
