-- Roles between a company customer and the customers linked to it, as a registry lookup found
-- them: its management (chair, board member, director, ...), the beneficial owners the registry
-- names, owners the registry lists without a share (or with a band: detail says which), and the
-- parents GLEIF records. The member is a person or a company customer. source names the registry.
create table customer_role (
    tenant_id   uuid          not null,
    company_id  uuid          not null,
    member_id   uuid          not null,
    role        varchar(40)   not null,
    source      varchar(40)   not null,
    detail      varchar(200),
    created_by  varchar(100)  not null,
    created_at  timestamp with time zone not null,
    primary key (tenant_id, company_id, member_id, role),
    foreign key (tenant_id, company_id) references customer (tenant_id, id),
    foreign key (tenant_id, member_id) references customer (tenant_id, id),
    constraint customer_role_not_self check (company_id <> member_id)
);

create index customer_role_member on customer_role (tenant_id, member_id);
