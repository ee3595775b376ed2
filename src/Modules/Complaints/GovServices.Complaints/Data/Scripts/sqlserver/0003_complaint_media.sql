-- Photos attached to a complaint: the original as uploaded (kept for audit, shown to staff only), our re-encoded copy
-- without metadata and its thumbnail, who attached it, and whether a moderator hid it from the public. A count on the
-- complaint caps the photos of one complaint in one atomic update.

CREATE TABLE complaints.complaint_media (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    complaint_id uniqueidentifier NOT NULL REFERENCES complaints.complaint (id),
    uploaded_at datetimeoffset(7) NOT NULL,
    uploader_party nvarchar(20) NOT NULL,
    actor_client_id nvarchar(200) NULL,
    actor_user_id nvarchar(200) NULL,
    original_format nvarchar(10) NOT NULL,
    original_key nvarchar(100) NOT NULL,
    original_sha256 nvarchar(64) NOT NULL,
    original_bytes bigint NOT NULL,
    processed_key nvarchar(100) NOT NULL,
    thumbnail_key nvarchar(100) NOT NULL,
    width int NOT NULL,
    height int NOT NULL,
    hidden_at datetimeoffset(7) NULL,
    hidden_by_user_id nvarchar(200) NULL,
    hidden_reason nvarchar(500) NULL
);

CREATE INDEX ix_complaint_media_complaint ON complaints.complaint_media (complaint_id, uploaded_at);

ALTER TABLE complaints.complaint ADD
    media_count int NOT NULL CONSTRAINT df_complaint_media_count DEFAULT 0;
