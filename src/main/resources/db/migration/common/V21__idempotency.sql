-- Idempotency-Key on API POSTs: the first answer to a key is kept for 24 hours and given again
-- for a retry of the same request by the same principal. status 0 marks a request still running.
create table idempotency_record (
    tenant_id     uuid          not null,
    principal_id  varchar(100)  not null,
    idem_key      varchar(255)  not null,
    request_hash  varchar(64)   not null,
    status        int           not null,
    content_type  varchar(200),
    location      varchar(1000),
    body          bytea,
    created_at    timestamp with time zone not null,
    primary key (tenant_id, principal_id, idem_key)
);
