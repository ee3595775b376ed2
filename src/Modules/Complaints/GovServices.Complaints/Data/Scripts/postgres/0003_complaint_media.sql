-- Photos attached to a complaint: the original as uploaded (kept for audit, shown to staff only), our re-encoded copy
-- without metadata and its thumbnail, who attached it, and whether a moderator hid it from the public. A count on the
-- complaint caps the photos of one complaint in one atomic update.

CREATE TABLE complaints.complaint_media (
    id uuid NOT NULL PRIMARY KEY,
    complaint_id uuid NOT NULL REFERENCES complaints.complaint (id),
    uploaded_at timestamptz NOT NULL,
    uploader_party text NOT NULL,
    actor_client_id text NULL,
    actor_user_id text NULL,
    original_format text NOT NULL,
    original_key text NOT NULL,
    original_sha256 text NOT NULL,
    original_bytes bigint NOT NULL,
    processed_key text NOT NULL,
    thumbnail_key text NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    hidden_at timestamptz NULL,
    hidden_by_user_id text NULL,
    hidden_reason text NULL
);

CREATE INDEX ix_complaint_media_complaint ON complaints.complaint_media (complaint_id, uploaded_at);

ALTER TABLE complaints.complaint
    ADD COLUMN media_count integer NOT NULL DEFAULT 0;
