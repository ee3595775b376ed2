-- Tokens issued by the token endpoint, counted per UTC hour, client and grant type (docs/adr/0063): one row per
-- hour and client and grant, added to by every instance's flush, never one row per token.

CREATE TABLE "identity".token_issuance (
    hour_start TEXT NOT NULL,
    client_id TEXT NOT NULL,
    grant_type TEXT NOT NULL,
    token_count INTEGER NOT NULL CHECK (token_count >= 0),
    last_issued_at TEXT NOT NULL,
    PRIMARY KEY (hour_start, client_id, grant_type)
);
