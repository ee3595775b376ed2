-- The lifecycle after filing: when each step happened, why a complaint was rejected (and of which one it is a
-- duplicate), how often it was reopened, the reporter's rating, when the overdue job flagged a stage, the date a
-- resolved complaint closes by itself; the public answers of the OPD, the comments between reporter and staff,
-- and a version on categories so that admins change them with If-Match.

ALTER TABLE complaints.complaint
    ADD COLUMN verified_at timestamptz NULL,
    ADD COLUMN dispositioned_at timestamptz NULL,
    ADD COLUMN started_at timestamptz NULL,
    ADD COLUMN resolved_at timestamptz NULL,
    ADD COLUMN closed_at timestamptz NULL,
    ADD COLUMN auto_close_on date NULL,
    ADD COLUMN rejection_reason text NULL,
    ADD COLUMN duplicate_of_id uuid NULL REFERENCES complaints.complaint (id),
    ADD COLUMN reopen_count integer NOT NULL DEFAULT 0,
    ADD COLUMN rating integer NULL,
    ADD COLUMN rated_at timestamptz NULL,
    ADD COLUMN verification_overdue_at timestamptz NULL,
    ADD COLUMN follow_up_overdue_at timestamptz NULL,
    ADD COLUMN resolution_overdue_at timestamptz NULL;

CREATE INDEX ix_complaint_status_filed ON complaints.complaint (status, filed_at);

CREATE INDEX ix_complaint_auto_close ON complaints.complaint (status, auto_close_on);

CREATE TABLE complaints.complaint_response (
    id uuid NOT NULL PRIMARY KEY,
    complaint_id uuid NOT NULL REFERENCES complaints.complaint (id),
    responded_at timestamptz NOT NULL,
    opd_code text NOT NULL,
    body text NOT NULL,
    actor_client_id text NULL,
    actor_user_id text NULL
);

CREATE INDEX ix_complaint_response_complaint ON complaints.complaint_response (complaint_id, responded_at);

CREATE TABLE complaints.complaint_comment (
    id uuid NOT NULL PRIMARY KEY,
    complaint_id uuid NOT NULL REFERENCES complaints.complaint (id),
    created_at timestamptz NOT NULL,
    author_party text NOT NULL,
    actor_client_id text NULL,
    actor_user_id text NULL,
    body text NOT NULL
);

CREATE INDEX ix_complaint_comment_complaint ON complaints.complaint_comment (complaint_id, created_at);

ALTER TABLE complaints.category
    ADD COLUMN updated_at timestamptz NULL,
    ADD COLUMN version integer NOT NULL DEFAULT 1;
