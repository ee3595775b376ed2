-- The bank channels' signing keys are kept protected with ASP.NET Core Data Protection (docs/adr/0020). Rows written
-- before this script hold the key in clear ('none'); the host re-protects them at start-up. A protected key is
-- longer than the key (key id, IV and MAC, base64), hence the wider column.

ALTER TABLE payments.channel ALTER COLUMN signing_key nvarchar(4000) NOT NULL;

ALTER TABLE payments.channel ADD
    key_protection nvarchar(30) NOT NULL CONSTRAINT df_channel_key_protection DEFAULT 'none',
    CONSTRAINT ck_channel_key_protection CHECK (key_protection IN ('none', 'data_protection'));
