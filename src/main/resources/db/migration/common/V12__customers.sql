-- Customers: persons and companies. Personal identifiers (national id, birth date, address) are
-- stored encrypted per field under the tenant's data keyset (crypto module; associated data binds
-- each ciphertext to tenant, table, column and row); the national id can be looked up exactly by
-- its blind index (keyed HMAC). Every customer carries the dataset attributes that grants are
-- checked against: business unit, sensitivity (null for ordinary data), jurisdiction.

create table customer (
    tenant_id             uuid          not null references tenant (id),
    id                    uuid          not null,
    type                  varchar(20)   not null,
    name                  varchar(300)  not null,
    birth_date_enc        bytea,
    nationality           char(2),
    country_of_residence  char(2),
    national_id_enc       bytea,
    national_id_index     bytea,
    address_enc           bytea,
    registration_number   varchar(50),
    country               char(2),
    industry_code         varchar(10),
    legal_form            varchar(100),
    relationship_purpose  varchar(1000),
    source_of_funds       varchar(1000),
    pep_self_declared     boolean,
    business_unit         varchar(64)   not null,
    sensitivity           varchar(64),
    jurisdiction          char(2)       not null,
    created_by            varchar(100)  not null,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    primary key (tenant_id, id),
    constraint customer_type_known check (type in ('person', 'company'))
);

create index customer_listing on customer (tenant_id, created_at, id);
create index customer_national_id on customer (tenant_id, national_id_index);
create index customer_registration_number on customer (tenant_id, registration_number);
create index customer_attributes on customer (tenant_id, business_unit, jurisdiction);
