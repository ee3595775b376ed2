-- Tokens issued by the token endpoint, counted per UTC hour, client and grant type (docs/adr/0063): one row per
-- hour and client and grant, added to by every instance's flush, never one row per token.

CREATE TABLE [identity].token_issuance (
    hour_start datetimeoffset(7) NOT NULL,
    client_id nvarchar(100) NOT NULL,
    grant_type nvarchar(100) NOT NULL,
    token_count bigint NOT NULL CONSTRAINT ck_token_issuance_count CHECK (token_count >= 0),
    last_issued_at datetimeoffset(7) NOT NULL,
    CONSTRAINT pk_token_issuance PRIMARY KEY (hour_start, client_id, grant_type)
);
