-- OAuth 2.0 authorization code + PKCE for third-party applications: an API client may be an
-- application that users of its tenant authorize to act for them.

-- client_type: 'service' (client credentials, the client acts as itself), 'confidential' (an
-- application with a secret) or 'public' (an application without one, PKCE its only proof).
-- redirect_uris: space-separated, matched exactly; null for services.
alter table api_client add column client_type varchar(20) default 'service' not null;
alter table api_client add column redirect_uris varchar(2000);

-- An access token issued to an application for a user names the user (null for services).
alter table oauth_access_token add column user_id uuid;

-- A user's authorization of an application while it runs: the request (PKCE challenge included),
-- then the single-use code, then the refresh token. Secrets only as SHA-256 hashes.
create table oauth_authorization (
    tenant_id               uuid          not null references tenant (id),
    id                      varchar(100)  not null,
    api_client_id           uuid          not null,
    client_id               varchar(100)  not null,
    user_id                 uuid          not null,
    redirect_uri            varchar(1000) not null,
    requested_scopes        varchar(1000) not null,
    authorized_scopes       varchar(1000) not null,
    client_state            varchar(1000),
    code_challenge          varchar(200)  not null,
    code_challenge_method   varchar(10)   not null,
    consent_state_hash      varchar(64),
    code_hash               varchar(64),
    code_issued_at          timestamp with time zone,
    code_expires_at         timestamp with time zone,
    code_used               boolean       default false not null,
    refresh_hash            varchar(64),
    refresh_issued_at       timestamp with time zone,
    refresh_expires_at      timestamp with time zone,
    refresh_revoked         boolean       default false not null,
    access_token_id         varchar(100),
    created_at              timestamp with time zone not null,
    primary key (tenant_id, id)
);

create index oauth_authorization_state on oauth_authorization (consent_state_hash);
create index oauth_authorization_code on oauth_authorization (code_hash);
create index oauth_authorization_refresh on oauth_authorization (refresh_hash);
create index oauth_authorization_user on oauth_authorization (tenant_id, user_id, api_client_id);

-- What a user consented an application may do for them, until the user revokes it.
create table oauth_consent (
    tenant_id      uuid          not null references tenant (id),
    api_client_id  uuid          not null,
    user_id        uuid          not null,
    scopes         varchar(1000) not null,
    granted_at     timestamp with time zone not null,
    primary key (tenant_id, api_client_id, user_id)
);
