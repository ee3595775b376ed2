-- "Already reported nearby?": each category says how far a report counts as the same problem (default 250 m), and
-- an index on category and coordinates serves the bounding box that the distance check starts from. Followers: people
-- (or partner apps for their reporters) who follow a complaint instead of filing it again.

ALTER TABLE complaints.category ADD COLUMN duplicate_radius_metres INTEGER NOT NULL DEFAULT 250;

CREATE INDEX complaints.ix_complaint_nearby ON complaint (category_code, latitude, longitude);

CREATE TABLE complaints.complaint_follower (
    id TEXT NOT NULL PRIMARY KEY,
    complaint_id TEXT NOT NULL REFERENCES complaint (id),
    follower_key TEXT NOT NULL,
    user_id TEXT NULL,
    client_id TEXT NULL,
    reporter_contact TEXT NULL,
    followed_at TEXT NOT NULL
);

CREATE UNIQUE INDEX complaints.ux_complaint_follower ON complaint_follower (complaint_id, follower_key);
