-- The import's report (row errors, failure reason) is written by a background worker, in the language of the request
-- that sent the file (ADR 0041): "en" or "id". NULL for a file sent before this script, reported in English.

ALTER TABLE civil_registry.import_job ADD COLUMN report_language TEXT NULL;
