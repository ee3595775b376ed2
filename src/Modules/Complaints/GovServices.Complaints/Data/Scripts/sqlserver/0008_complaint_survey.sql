-- "Is it fixed?" (issue 15, ADR 0071): each complaint is surveyed at most once, some weeks after it was resolved. The
-- link carries only token_id (random, not the complaint id), signed with the host's Data Protection key ring; the row
-- holds when it was asked, until when its link answers, and the reporter's answer (fixed or not_fixed).

CREATE TABLE complaints.complaint_survey (
    complaint_id uniqueidentifier NOT NULL PRIMARY KEY REFERENCES complaints.complaint (id),
    token_id uniqueidentifier NOT NULL,
    asked_at datetimeoffset(7) NOT NULL,
    expires_at datetimeoffset(7) NOT NULL,
    answered_at datetimeoffset(7) NULL,
    answer nvarchar(20) NULL
);

CREATE UNIQUE INDEX ux_complaint_survey_token ON complaints.complaint_survey (token_id);
