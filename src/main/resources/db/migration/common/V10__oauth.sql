-- OAuth 2.0 (client credentials): the keys that sign access tokens, and the access tokens issued.

-- Token signing keys: the platform's own (not tenant-owned). The public key is stored as a JWK in
-- clear (it is published at /oauth2/jwks); the private key only sealed under the master key
-- (io.tillid.crypto.PlatformSecrets, bound to the purpose 'oauth-signing-key/<kid>').
-- Every node reads them from here: the newest signs, older ones stay published until every
-- token they signed has expired.
create table oauth_signing_key (
    kid             varchar(64)  not null primary key,
    algorithm       varchar(10)  not null,
    public_jwk      varchar(2000) not null,
    sealed_private  bytea        not null,
    created_at      timestamp with time zone not null
);

create index oauth_signing_key_created on oauth_signing_key (created_at);

-- Access tokens issued, by their jti (api_client_id is api_client.id, client_id the OAuth client id): what revocation and introspection look up (by a SHA-256
-- of the token, never the token itself) and what every API request checks (revoked_at).
-- Rows are removed a day after their token expired.
create table oauth_access_token (
    tenant_id      uuid          not null references tenant (id),
    id             varchar(100)  not null,
    api_client_id  uuid          not null,
    client_id      varchar(100)  not null,
    token_hash     varchar(64)   not null,
    scopes         varchar(1000) not null,
    issued_at      timestamp with time zone not null,
    expires_at     timestamp with time zone not null,
    revoked_at     timestamp with time zone,
    primary key (tenant_id, id)
);

create index oauth_access_token_hash on oauth_access_token (tenant_id, token_hash);
create index oauth_access_token_expiry on oauth_access_token (tenant_id, expires_at);
