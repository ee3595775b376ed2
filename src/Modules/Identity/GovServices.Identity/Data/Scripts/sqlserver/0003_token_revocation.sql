-- Every instance keeps the status of the access tokens it has seen in memory (docs/adr/0073). A token or an
-- authorization that stops being valid, by whatever path (the revocation endpoint, a disabled client or user, a
-- reused refresh token, a deleted entry), is written here by a trigger in the same transaction, and every instance
-- reads the rows after the last position it read, every 250 ms. A rowversion is not handed out in commit order, so a
-- reader moves its position only below MIN_ACTIVE_ROWVERSION() (every row below it is committed) and skips rows still
-- locked (READPAST) until a later read. Rows are deleted an hour after they were written.

CREATE TABLE [identity].token_revocation (
    position rowversion NOT NULL,
    token_id nvarchar(450) NULL,
    authorization_id nvarchar(450) NULL,
    recorded_at datetime2 NOT NULL CONSTRAINT df_token_revocation_recorded_at DEFAULT SYSUTCDATETIME(),
    CONSTRAINT pk_token_revocation PRIMARY KEY (position),
    CONSTRAINT ck_token_revocation_one_id CHECK ((token_id IS NULL AND authorization_id IS NOT NULL) OR (token_id IS NOT NULL AND authorization_id IS NULL))
);
GO

CREATE INDEX ix_token_revocation_recorded_at ON [identity].token_revocation (recorded_at);
GO

CREATE TRIGGER [identity].token_revoked ON [identity].[OpenIddictTokens]
AFTER UPDATE, DELETE
AS
BEGIN
    SET NOCOUNT ON;
    INSERT INTO [identity].token_revocation (token_id)
    SELECT old_row.[Id]
    FROM deleted old_row
    LEFT JOIN inserted new_row ON new_row.[Id] = old_row.[Id]
    WHERE old_row.[Status] = N'valid'
      AND (new_row.[Id] IS NULL OR new_row.[Status] IS NULL OR new_row.[Status] <> N'valid');
END;
GO

CREATE TRIGGER [identity].authorization_revoked ON [identity].[OpenIddictAuthorizations]
AFTER UPDATE, DELETE
AS
BEGIN
    SET NOCOUNT ON;
    INSERT INTO [identity].token_revocation (authorization_id)
    SELECT old_row.[Id]
    FROM deleted old_row
    LEFT JOIN inserted new_row ON new_row.[Id] = old_row.[Id]
    WHERE old_row.[Status] = N'valid'
      AND (new_row.[Id] IS NULL OR new_row.[Status] IS NULL OR new_row.[Status] <> N'valid');
END;
GO
