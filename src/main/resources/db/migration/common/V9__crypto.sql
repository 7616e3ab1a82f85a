-- Crypto: each tenant's keysets, stored wrapped (encrypted) by the master key, which never touches
-- the database. purpose 'data' is the AES-256-GCM keyset for field encryption, 'index' the
-- HMAC-SHA256 keyset for blind indexes. A destroyed keyset (crypto-shredding) keeps its row with
-- state 'destroyed' and no key material, so nothing is ever again written under a fresh key.

-- No foreign key to tenant: the platform realm (the all-zero tenant id, as in the audit trail and
-- mfa_totp) has keysets too, for what staff store (their TOTP secrets).
create table tenant_keyset (
    tenant_id       uuid         not null,
    purpose         varchar(20)  not null,
    wrapped_keyset  bytea,
    master_key_id   varchar(200),
    state           varchar(20)  not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    primary key (tenant_id, purpose)
);

-- One value encrypted under the master key when a database first sees one: at every start the
-- configured master key must open it, so a wrong key refuses to start instead of writing data
-- under a new key. Not tenant-owned.
create table crypto_master_check (
    id             int          not null primary key,
    wrapped_value  bytea        not null,
    master_key_id  varchar(200) not null,
    created_at     timestamp with time zone not null
);
