-- Rate limits (io.tillid.identity.internal.RateLimits).
--
-- rate_limit_bucket: Bucket4j's token buckets, shared by every node (PostgreSQL only; the
-- embedded development database keeps buckets in memory). Platform-level, not tenant-owned: the
-- id names the key, client or hashed address it limits, never a secret or a clear address.
-- expires_at (epoch milliseconds) lets idle buckets be removed.
create table rate_limit_bucket (
    id          varchar(200) not null primary key,
    state       bytea,
    expires_at  bigint
);

create index rate_limit_bucket_expiry on rate_limit_bucket (expires_at);

-- api_rate_limit: a tenant's own limits; without a row the configured defaults
-- (tillid.api.rate-limit.*) apply. Requests per minute.
create table api_rate_limit (
    tenant_id      uuid         not null primary key references tenant (id),
    per_principal  integer      not null,
    per_address    integer      not null,
    updated_at     timestamp with time zone not null,
    updated_by     varchar(100) not null
);
