-- Single-use links that let a person set a password: a reset (30 minutes) or an invitation
-- (7 days). Only the SHA-256 of a token is stored (hex), never the token itself.
-- tenant_id leads the key; used or superseded tokens are deleted, not kept.

create table password_token (
    tenant_id   uuid        not null,
    token_hash  varchar(64) not null,
    user_id     uuid        not null,
    purpose     varchar(20) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    primary key (tenant_id, token_hash),
    foreign key (tenant_id, user_id) references app_user (tenant_id, id) on delete cascade,
    constraint password_token_purpose check (purpose in ('reset', 'invitation'))
);

create index password_token_user on password_token (tenant_id, user_id, purpose);

-- A link carries only the token, not the tenant, so it is found by its hash alone. The hash is
-- 256 random bits: unique across tenants by construction.
create unique index password_token_lookup on password_token (token_hash);
