-- API keys (io.tillid.identity.internal.ApiKeys): tl_<prefix>_<secret>, sent as X-API-Key.
--
-- api_key_directory: a key is presented before its tenant is known; the public prefix leads to
-- the tenant (like api_client_directory). Not secret: the prefix alone authenticates nothing.
create table api_key_directory (
    prefix     varchar(32) not null primary key,
    tenant_id  uuid        not null
);

-- api_key: only a SHA-256 of the 256-bit random secret is kept (secret_hash, hex). created_by is
-- the principal the key acts for (user:UUID or client:UUID); a key never exceeds its rights.
-- scopes: space-separated permissions; allowed_addresses: space-separated CIDRs, null = any.
create table api_key (
    tenant_id          uuid          not null references tenant (id),
    id                 uuid          not null,
    prefix             varchar(32)   not null,
    secret_hash        varchar(64)   not null,
    name               varchar(100)  not null,
    scopes             varchar(1000) not null,
    allowed_addresses  varchar(2000),
    created_by         varchar(100)  not null,
    created_at         timestamp with time zone not null,
    expires_at         timestamp with time zone,
    last_used_at       timestamp with time zone,
    last_used_address  varchar(45),
    revoked_at         timestamp with time zone,
    revoked_by         varchar(100),
    primary key (tenant_id, id),
    constraint api_key_prefix unique (tenant_id, prefix)
);
