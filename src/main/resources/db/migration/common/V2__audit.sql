-- The audit trail: append-only, one hash chain per tenant (the platform's chain under the
-- all-zero tenant id). Each entry's hash covers its content and the previous entry's hash.
-- No foreign key to tenant: the audit module owns only its own tables, and entries outlive
-- everything they describe.

create table audit_entry (
    tenant_id    uuid          not null,
    seq          bigint        not null,
    occurred_at  timestamp with time zone not null,
    actor        varchar(200)  not null,
    action       varchar(100)  not null,
    target_type  varchar(100),
    target_id    varchar(200),
    details      varchar(4000),
    prev_hash    varchar(64)   not null,
    entry_hash   varchar(64)   not null,
    primary key (tenant_id, seq)
);

-- The head of each chain: the row writers lock, so entries of one tenant are numbered without
-- gaps, and the last sequence number a verifier must find (truncation shows).
create table audit_chain_head (
    tenant_id  uuid        not null primary key,
    last_seq   bigint      not null,
    last_hash  varchar(64) not null
);
