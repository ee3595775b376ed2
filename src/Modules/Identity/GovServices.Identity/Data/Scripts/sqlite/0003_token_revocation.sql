-- Every instance keeps the status of the access tokens it has seen in memory (docs/adr/0073). A token or an
-- authorization that stops being valid, by whatever path (the revocation endpoint, a disabled client or user, a
-- reused refresh token, a deleted entry), is written here by a trigger in the same transaction, and every instance
-- reads the rows after the last position it read. SQLite has one writer at a time, so positions are handed out in
-- commit order and a reader never skips one. Rows are deleted an hour after they were written.

CREATE TABLE "identity".token_revocation (
    position INTEGER PRIMARY KEY AUTOINCREMENT,
    token_id TEXT NULL,
    authorization_id TEXT NULL,
    recorded_at INTEGER NOT NULL DEFAULT (CAST(strftime('%s', 'now') AS INTEGER)),
    CHECK ((token_id IS NULL) <> (authorization_id IS NULL))
);

CREATE INDEX "identity".ix_token_revocation_recorded_at ON token_revocation (recorded_at);

CREATE TRIGGER "identity".token_revoked
AFTER UPDATE OF "Status" ON "OpenIddictTokens"
WHEN OLD."Status" = 'valid' AND NEW."Status" IS NOT 'valid'
BEGIN
    INSERT INTO token_revocation (token_id) VALUES (OLD."Id");
END;

CREATE TRIGGER "identity".token_deleted
AFTER DELETE ON "OpenIddictTokens"
WHEN OLD."Status" = 'valid'
BEGIN
    INSERT INTO token_revocation (token_id) VALUES (OLD."Id");
END;

CREATE TRIGGER "identity".authorization_revoked
AFTER UPDATE OF "Status" ON "OpenIddictAuthorizations"
WHEN OLD."Status" = 'valid' AND NEW."Status" IS NOT 'valid'
BEGIN
    INSERT INTO token_revocation (authorization_id) VALUES (OLD."Id");
END;

CREATE TRIGGER "identity".authorization_deleted
AFTER DELETE ON "OpenIddictAuthorizations"
WHEN OLD."Status" = 'valid'
BEGIN
    INSERT INTO token_revocation (authorization_id) VALUES (OLD."Id");
END;
