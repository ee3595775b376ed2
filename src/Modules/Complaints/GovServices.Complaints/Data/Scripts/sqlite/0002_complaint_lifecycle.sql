-- The lifecycle after filing: when each step happened, why a complaint was rejected (and of which one it is a
-- duplicate), how often it was reopened, the reporter's rating, when the overdue job flagged a stage, the date a
-- resolved complaint closes by itself; the public answers of the OPD, the comments between reporter and staff,
-- and a version on categories so that admins change them with If-Match.

ALTER TABLE complaints.complaint ADD COLUMN verified_at TEXT NULL;
ALTER TABLE complaints.complaint ADD COLUMN dispositioned_at TEXT NULL;
ALTER TABLE complaints.complaint ADD COLUMN started_at TEXT NULL;
ALTER TABLE complaints.complaint ADD COLUMN resolved_at TEXT NULL;
ALTER TABLE complaints.complaint ADD COLUMN closed_at TEXT NULL;
ALTER TABLE complaints.complaint ADD COLUMN auto_close_on TEXT NULL;
ALTER TABLE complaints.complaint ADD COLUMN rejection_reason TEXT NULL;
ALTER TABLE complaints.complaint ADD COLUMN duplicate_of_id TEXT NULL REFERENCES complaint (id);
ALTER TABLE complaints.complaint ADD COLUMN reopen_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE complaints.complaint ADD COLUMN rating INTEGER NULL;
ALTER TABLE complaints.complaint ADD COLUMN rated_at TEXT NULL;
ALTER TABLE complaints.complaint ADD COLUMN verification_overdue_at TEXT NULL;
ALTER TABLE complaints.complaint ADD COLUMN follow_up_overdue_at TEXT NULL;
ALTER TABLE complaints.complaint ADD COLUMN resolution_overdue_at TEXT NULL;

CREATE INDEX complaints.ix_complaint_status_filed ON complaint (status, filed_at);

CREATE INDEX complaints.ix_complaint_auto_close ON complaint (status, auto_close_on);

CREATE TABLE complaints.complaint_response (
    id TEXT NOT NULL PRIMARY KEY,
    complaint_id TEXT NOT NULL REFERENCES complaint (id),
    responded_at TEXT NOT NULL,
    opd_code TEXT NOT NULL,
    body TEXT NOT NULL,
    actor_client_id TEXT NULL,
    actor_user_id TEXT NULL
);

CREATE INDEX complaints.ix_complaint_response_complaint ON complaint_response (complaint_id, responded_at);

CREATE TABLE complaints.complaint_comment (
    id TEXT NOT NULL PRIMARY KEY,
    complaint_id TEXT NOT NULL REFERENCES complaint (id),
    created_at TEXT NOT NULL,
    author_party TEXT NOT NULL,
    actor_client_id TEXT NULL,
    actor_user_id TEXT NULL,
    body TEXT NOT NULL
);

CREATE INDEX complaints.ix_complaint_comment_complaint ON complaint_comment (complaint_id, created_at);

ALTER TABLE complaints.category ADD COLUMN updated_at TEXT NULL;
ALTER TABLE complaints.category ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
