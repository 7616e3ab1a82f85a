-- Screening of customers: the hits each customer's screenings found, the analysts' dispositions of
-- them, each tenant's matching threshold, monitoring runs, and how far monitoring has followed each
-- list. customer_id refers to the customers module's customer without a foreign key: modules do not
-- reach into each other's tables. Listed names and explanations are public list data.
--
-- A hit is one listed entry in one content version (entity_sha256) for one customer. A false
-- positive stays as it is (suppressing later matches of the same content); when the entry changes,
-- a later screening makes a new hit.

create table screening_hit (
    tenant_id      uuid          not null references tenant (id),
    id             uuid          not null,
    customer_id    uuid          not null,
    list_name      varchar(40)   not null,
    entity_id      varchar(200)  not null,
    entity_sha256  char(64)      not null,
    entity_name    varchar(1000) not null,
    matched_name   varchar(1000) not null,
    entity_type    varchar(20)   not null,
    pep            boolean       not null,
    score          numeric(6, 4) not null,
    explanation    varchar       not null,
    status         varchar(16)   not null,
    closed_reason  varchar(20),
    raised_by      varchar(20)   not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    primary key (tenant_id, id),
    constraint screening_hit_status check (status in ('open', 'escalated', 'true_match', 'false_positive', 'closed'))
);

create index screening_hit_customer on screening_hit (tenant_id, customer_id, list_name, entity_id);
create index screening_hit_entry on screening_hit (list_name, entity_id);
create index screening_hit_open on screening_hit (tenant_id, status, created_at);

create table screening_disposition (
    tenant_id    uuid          not null,
    id           uuid          not null,
    hit_id       uuid          not null,
    decision     varchar(16)   not null,
    reason       varchar(2000) not null,
    decided_by   varchar(100)  not null,
    decided_at   timestamp with time zone not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, hit_id) references screening_hit (tenant_id, id),
    constraint screening_disposition_decision check (decision in ('true_match', 'false_positive', 'escalate'))
);

create index screening_disposition_hit on screening_disposition (tenant_id, hit_id, decided_at);

create table screening_setting (
    tenant_id   uuid          not null references tenant (id),
    threshold   numeric(5, 4) not null,
    updated_by  varchar(100)  not null,
    updated_at  timestamp with time zone not null,
    primary key (tenant_id)
);

create table screening_run (
    tenant_id    uuid          not null references tenant (id),
    id           uuid          not null,
    kind         varchar(12)   not null,
    lists        varchar(400)  not null,
    started_at   timestamp with time zone not null,
    total        integer       not null,
    done         integer       not null,
    hits_raised  integer       not null,
    hits_closed  integer       not null,
    finished_at  timestamp with time zone,
    primary key (tenant_id, id),
    constraint screening_run_kind check (kind in ('list-change', 'full'))
);

create index screening_run_started on screening_run (tenant_id, started_at);

-- Platform-wide: the list version up to which monitoring has rescreened every tenant, and a claim
-- so that one node at a time does it.
create table screening_list_mark (
    list_name      varchar(40) not null,
    version        integer     not null,
    claimed_until  timestamp with time zone,
    primary key (list_name)
);
