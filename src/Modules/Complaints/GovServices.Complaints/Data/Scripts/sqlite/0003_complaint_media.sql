-- Photos attached to a complaint: the original as uploaded (kept for audit, shown to staff only), our re-encoded copy
-- without metadata and its thumbnail, who attached it, and whether a moderator hid it from the public. A count on the
-- complaint caps the photos of one complaint in one atomic update.

CREATE TABLE complaints.complaint_media (
    id TEXT NOT NULL PRIMARY KEY,
    complaint_id TEXT NOT NULL REFERENCES complaint (id),
    uploaded_at TEXT NOT NULL,
    uploader_party TEXT NOT NULL,
    actor_client_id TEXT NULL,
    actor_user_id TEXT NULL,
    original_format TEXT NOT NULL,
    original_key TEXT NOT NULL,
    original_sha256 TEXT NOT NULL,
    original_bytes INTEGER NOT NULL,
    processed_key TEXT NOT NULL,
    thumbnail_key TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    hidden_at TEXT NULL,
    hidden_by_user_id TEXT NULL,
    hidden_reason TEXT NULL
);

CREATE INDEX complaints.ix_complaint_media_complaint ON complaint_media (complaint_id, uploaded_at);

ALTER TABLE complaints.complaint ADD COLUMN media_count INTEGER NOT NULL DEFAULT 0;
