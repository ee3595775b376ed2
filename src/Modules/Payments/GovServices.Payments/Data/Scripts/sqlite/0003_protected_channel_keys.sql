-- The bank channels' signing keys are kept protected with ASP.NET Core Data Protection (docs/adr/0020). Rows written
-- before this script hold the key in clear ('none'); the host re-protects them at start-up.

ALTER TABLE payments.channel ADD COLUMN key_protection TEXT NOT NULL DEFAULT 'none'
    CHECK (key_protection IN ('none', 'data_protection'));
