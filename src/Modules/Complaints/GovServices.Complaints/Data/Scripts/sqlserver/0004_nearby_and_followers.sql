-- "Already reported nearby?": each category says how far a report counts as the same problem (default 250 m), and
-- an index on category and coordinates serves the bounding box that the distance check starts from. Followers: people
-- (or partner apps for their reporters) who follow a complaint instead of filing it again.

ALTER TABLE complaints.category ADD
    duplicate_radius_metres int NOT NULL CONSTRAINT df_category_duplicate_radius DEFAULT 250;

CREATE INDEX ix_complaint_nearby ON complaints.complaint (category_code, latitude, longitude);

CREATE TABLE complaints.complaint_follower (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    complaint_id uniqueidentifier NOT NULL REFERENCES complaints.complaint (id),
    follower_key nvarchar(450) NOT NULL,
    user_id nvarchar(200) NULL,
    client_id nvarchar(200) NULL,
    reporter_contact nvarchar(200) NULL,
    followed_at datetimeoffset(7) NOT NULL
);

CREATE UNIQUE INDEX ux_complaint_follower ON complaints.complaint_follower (complaint_id, follower_key);
