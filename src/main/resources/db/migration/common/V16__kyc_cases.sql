-- KYC cases: one customer each, with the customer's dataset attributes copied at opening (so lists
-- filter by grants in SQL), the CDD level, the workflow state, who prepared and who decided.
create table kyc_case (
    tenant_id        uuid          not null,
    id               uuid          not null,
    customer_id      uuid          not null,
    customer_type    varchar(20)   not null,
    cdd_level        varchar(20)   not null,
    high_risk        boolean       not null,
    state            varchar(30)   not null,
    prepared_by      varchar(100),
    decided_by       varchar(100),
    decision_reason  varchar(1000),
    decided_at       timestamp with time zone,
    business_unit    varchar(64)   not null,
    sensitivity      varchar(64),
    jurisdiction     char(2)       not null,
    version          bigint        not null,
    created_by       varchar(100)  not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, customer_id) references customer (tenant_id, id)
);

create index kyc_case_customer on kyc_case (tenant_id, customer_id);
create index kyc_case_listing on kyc_case (tenant_id, created_at, id);

create table kyc_case_item (
    tenant_id  uuid         not null,
    case_id    uuid         not null,
    item       varchar(64)  not null,
    done_by    varchar(100) not null,
    done_at    timestamp with time zone not null,
    primary key (tenant_id, case_id, item),
    foreign key (tenant_id, case_id) references kyc_case (tenant_id, id)
);
