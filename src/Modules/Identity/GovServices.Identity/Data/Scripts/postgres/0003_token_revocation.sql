-- Every instance keeps the status of the access tokens it has seen in memory (docs/adr/0073). A token or an
-- authorization that stops being valid, by whatever path (the revocation endpoint, a disabled client or user, a
-- reused refresh token, a deleted entry), tells every instance through NOTIFY, which PostgreSQL delivers when the
-- transaction commits and never when it rolls back. The payload names the token ("t:<id>") or the authorization
-- ("a:<id>"); nothing is kept: an instance whose listening connection was lost forgets what it cached.

-- The trigger's argument is the payload's prefix: "t" for tokens, "a" for authorizations.
CREATE FUNCTION identity.notify_revoked() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR NEW."Status" IS DISTINCT FROM 'valid' THEN
        PERFORM pg_notify('govservices_token_revocations', TG_ARGV[0] || ':' || OLD."Id");
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER token_revoked
AFTER UPDATE OF "Status" OR DELETE ON identity."OpenIddictTokens"
FOR EACH ROW
WHEN (OLD."Status" = 'valid')
EXECUTE FUNCTION identity.notify_revoked('t');

CREATE TRIGGER authorization_revoked
AFTER UPDATE OF "Status" OR DELETE ON identity."OpenIddictAuthorizations"
FOR EACH ROW
WHEN (OLD."Status" = 'valid')
EXECUTE FUNCTION identity.notify_revoked('a');
