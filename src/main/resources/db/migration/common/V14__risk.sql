-- Risk: tenants' versions of the risk model, and every risk assessment with its explained factors.
-- A tenant without a row in risk_model_version uses the shipped default model (version 1); each
-- change an administrator saves is the next version, never an update, so an assessment can always
-- be explained by the version it names. The country risk tables are shipped files (classpath
-- risk/country-risk/), identified by their "as of" date, which each assessment records.
-- customer_id refers to the customers module's customer without a foreign key: modules do not
-- reach into each other's tables.

create table risk_model_version (
    tenant_id             uuid          not null references tenant (id),
    version               integer       not null,
    high_risk_industries  varchar(2000) not null,
    created_by            varchar(100)  not null,
    created_at            timestamp with time zone not null,
    primary key (tenant_id, version),
    constraint risk_model_version_above_default check (version > 1)
);

create table risk_model_parameter (
    tenant_id  uuid         not null,
    version    integer      not null,
    name       varchar(64)  not null,
    param_value integer     not null,
    primary key (tenant_id, version, name),
    foreign key (tenant_id, version) references risk_model_version (tenant_id, version)
);

create table risk_assessment (
    tenant_id           uuid         not null references tenant (id),
    id                  uuid         not null,
    customer_id         uuid         not null,
    seq                 integer      not null,
    score               integer      not null,
    level               varchar(10)  not null,
    cdd_level           varchar(12)  not null,
    next_review_due     date         not null,
    model_version       integer      not null,
    reference_date      date         not null,
    inputs_fingerprint  varchar(64)  not null,
    assessed_at         timestamp with time zone not null,
    primary key (tenant_id, id),
    constraint risk_assessment_number unique (tenant_id, customer_id, seq),
    constraint risk_assessment_level_known check (level in ('low', 'medium', 'high')),
    constraint risk_assessment_cdd_known check (cdd_level in ('simplified', 'standard', 'enhanced'))
);

create index risk_assessment_due on risk_assessment (tenant_id, next_review_due);

create table risk_assessment_factor (
    tenant_id      uuid          not null,
    assessment_id  uuid          not null,
    ordinal        integer       not null,
    factor         varchar(64)   not null,
    input          varchar(100)  not null,
    points         integer       not null,
    reason         varchar(100)  not null,
    minimum_level  varchar(10),
    primary key (tenant_id, assessment_id, ordinal),
    foreign key (tenant_id, assessment_id) references risk_assessment (tenant_id, id)
);
