-- The kelurahan (Kemendagri village code, 64.74.01.1001) a complaint is about, when the filing names it: what the
-- public figures count per kelurahan and kecamatan. Coordinates alone do not give it (no boundaries are shipped).

ALTER TABLE complaints.complaint ADD COLUMN kelurahan_code TEXT NULL;

CREATE INDEX complaints.ix_complaint_filed_at ON complaint (filed_at);
