-- "Already reported nearby?": each category says how far a report counts as the same problem (default 250 m), and
-- an index on category and coordinates serves the bounding box that the distance check starts from. Followers: people
-- (or partner apps for their reporters) who follow a complaint instead of filing it again.

ALTER TABLE complaints.category
    ADD COLUMN duplicate_radius_metres integer NOT NULL DEFAULT 250;

CREATE INDEX ix_complaint_nearby ON complaints.complaint (category_code, latitude, longitude);

CREATE TABLE complaints.complaint_follower (
    id uuid NOT NULL PRIMARY KEY,
    complaint_id uuid NOT NULL REFERENCES complaints.complaint (id),
    follower_key text NOT NULL,
    user_id text NULL,
    client_id text NULL,
    reporter_contact text NULL,
    followed_at timestamptz NOT NULL
);

CREATE UNIQUE INDEX ux_complaint_follower ON complaints.complaint_follower (complaint_id, follower_key);
