-- The kelurahan (Kemendagri village code, 64.74.01.1001) a complaint is about, when the filing names it: what the
-- public figures count per kelurahan and kecamatan. Coordinates alone do not give it (no boundaries are shipped).

ALTER TABLE complaints.complaint ADD kelurahan_code nvarchar(20) NULL;

CREATE INDEX ix_complaint_filed_at ON complaints.complaint (filed_at);
