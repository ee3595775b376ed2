CREATE TABLE sample.note (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    body nvarchar(400) NOT NULL,
    written_at datetimeoffset(7) NOT NULL,
    version int NOT NULL
);

CREATE TABLE sample.received_event (
    message_id uniqueidentifier NOT NULL,
    consumer nvarchar(200) NOT NULL,
    body nvarchar(400) NOT NULL
);
