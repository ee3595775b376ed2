-- Uploads are stored compressed (ADR 0022): each piece of import_file_chunk is then raw DEFLATE (RFC 1951) of its
-- part of the file. NULL for a file stored before this script, as it was sent.

ALTER TABLE civil_registry.import_job ADD COLUMN file_compression text NULL;

-- The host compresses the pieces already: PostgreSQL's own attempt (pglz, on every value over 2 kB) would only
-- cost time. EXTERNAL still stores them out of line, uncompressed.
ALTER TABLE civil_registry.import_file_chunk ALTER COLUMN content SET STORAGE EXTERNAL;
