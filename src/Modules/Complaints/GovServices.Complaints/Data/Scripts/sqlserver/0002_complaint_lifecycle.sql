-- The lifecycle after filing: when each step happened, why a complaint was rejected (and of which one it is a
-- duplicate), how often it was reopened, the reporter's rating, when the overdue job flagged a stage, the date a
-- resolved complaint closes by itself; the public answers of the OPD, the comments between reporter and staff,
-- and a version on categories so that admins change them with If-Match.

ALTER TABLE complaints.complaint ADD
    verified_at datetimeoffset(7) NULL,
    dispositioned_at datetimeoffset(7) NULL,
    started_at datetimeoffset(7) NULL,
    resolved_at datetimeoffset(7) NULL,
    closed_at datetimeoffset(7) NULL,
    auto_close_on date NULL,
    rejection_reason nvarchar(50) NULL,
    duplicate_of_id uniqueidentifier NULL CONSTRAINT fk_complaint_duplicate_of REFERENCES complaints.complaint (id),
    reopen_count int NOT NULL CONSTRAINT df_complaint_reopen_count DEFAULT 0,
    rating int NULL,
    rated_at datetimeoffset(7) NULL,
    verification_overdue_at datetimeoffset(7) NULL,
    follow_up_overdue_at datetimeoffset(7) NULL,
    resolution_overdue_at datetimeoffset(7) NULL;

CREATE INDEX ix_complaint_status_filed ON complaints.complaint (status, filed_at);

CREATE INDEX ix_complaint_auto_close ON complaints.complaint (status, auto_close_on);

CREATE TABLE complaints.complaint_response (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    complaint_id uniqueidentifier NOT NULL REFERENCES complaints.complaint (id),
    responded_at datetimeoffset(7) NOT NULL,
    opd_code nvarchar(50) NOT NULL,
    body nvarchar(4000) NOT NULL,
    actor_client_id nvarchar(200) NULL,
    actor_user_id nvarchar(200) NULL
);

CREATE INDEX ix_complaint_response_complaint ON complaints.complaint_response (complaint_id, responded_at);

CREATE TABLE complaints.complaint_comment (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    complaint_id uniqueidentifier NOT NULL REFERENCES complaints.complaint (id),
    created_at datetimeoffset(7) NOT NULL,
    author_party nvarchar(20) NOT NULL,
    actor_client_id nvarchar(200) NULL,
    actor_user_id nvarchar(200) NULL,
    body nvarchar(4000) NOT NULL
);

CREATE INDEX ix_complaint_comment_complaint ON complaints.complaint_comment (complaint_id, created_at);

ALTER TABLE complaints.category ADD
    updated_at datetimeoffset(7) NULL,
    version int NOT NULL CONSTRAINT df_category_version DEFAULT 1;
