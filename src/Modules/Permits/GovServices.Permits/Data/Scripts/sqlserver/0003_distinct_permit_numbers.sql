-- Permit numbers are classification / sequence / OPD / month / year with a sequence per type and year, so two types
-- that share a classification code at one OPD would issue the same number. 0001 seeded four types with 503 at
-- DPMPTSP; each now gets a sub-code of its own (docs/permits.md lists them for DPMPTSP to confirm). A row an
-- administrator has already changed is left as it is.

UPDATE permits.permit_type SET classification_code = '503.1', version = version + 1 WHERE code = 'REKLAME' AND classification_code = '503';

UPDATE permits.permit_type SET classification_code = '503.2', version = version + 1 WHERE code = 'KERAMAIAN' AND classification_code = '503';

UPDATE permits.permit_type SET classification_code = '503.3', version = version + 1 WHERE code = 'SIP' AND classification_code = '503';

UPDATE permits.permit_type SET classification_code = '503.4', version = version + 1 WHERE code = 'IUMK' AND classification_code = '503';

-- The catalogue refuses a second type with the same classification code at the same OPD; this index holds when two administrators
-- race. A database where such a pair already exists stops here until an administrator gives one of them another code.
CREATE UNIQUE INDEX ux_permit_type_classification ON permits.permit_type (opd_code, classification_code);

-- The last guard: an official number is never given twice. Permits already issued under a duplicated number stop the
-- migration here; they must be reissued by DPMPTSP, which no script can decide.
CREATE UNIQUE INDEX ux_issued_permit_number ON permits.issued_permit (number);
