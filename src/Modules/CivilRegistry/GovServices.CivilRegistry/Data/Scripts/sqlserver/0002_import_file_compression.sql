-- Uploads are stored compressed (ADR 0022): each piece of import_file_chunk is then raw DEFLATE (RFC 1951) of its
-- part of the file. NULL for a file stored before this script, as it was sent.

ALTER TABLE civil_registry.import_job ADD file_compression nvarchar(20) NULL;
