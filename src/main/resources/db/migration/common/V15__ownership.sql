-- Ownership: who holds what share of a company customer. The owner is another customer (a person
-- or a company), so chains and cycles are possible; beneficial owners are computed from the graph.
-- share and voting_share are fractions 0 < x <= 1; the shares held in one company add up to at
-- most 1 (checked by the application in the transaction that adds a holding, under a row lock on
-- the owned company).

create table customer_ownership (
    tenant_id               uuid          not null,
    company_id              uuid          not null,
    owner_id                uuid          not null,
    share                   numeric(9, 8) not null,
    voting_share            numeric(9, 8),
    control_by_other_means  boolean       not null,
    created_by              varchar(100)  not null,
    created_at              timestamp with time zone not null,
    primary key (tenant_id, company_id, owner_id),
    foreign key (tenant_id, company_id) references customer (tenant_id, id),
    foreign key (tenant_id, owner_id) references customer (tenant_id, id),
    constraint ownership_share_range check (share > 0 and share <= 1),
    constraint ownership_voting_range check (voting_share is null or (voting_share >= 0 and voting_share <= 1)),
    constraint ownership_not_self check (company_id <> owner_id)
);

create index customer_ownership_owner on customer_ownership (tenant_id, owner_id);
