-- Identity: tenants, their users and API clients, and the platform's staff.
-- tenant_id leads every tenant-owned key so tenants can be sharded by it later.

create table tenant (
    id          uuid         not null primary key,
    slug        varchar(63)  not null,
    name        varchar(200) not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    constraint tenant_slug_unique unique (slug)
);

create table app_user (
    tenant_id      uuid         not null references tenant (id),
    id             uuid         not null,
    email          varchar(254) not null,
    display_name   varchar(200) not null,
    password_hash  varchar(255),
    status         varchar(20)  not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    primary key (tenant_id, id),
    constraint app_user_email_unique unique (tenant_id, email)
);

create table app_user_role (
    tenant_id  uuid        not null,
    user_id    uuid        not null,
    role       varchar(64) not null,
    primary key (tenant_id, user_id, role),
    foreign key (tenant_id, user_id) references app_user (tenant_id, id) on delete cascade
);

create table api_client (
    tenant_id    uuid         not null references tenant (id),
    id           uuid         not null,
    client_id    varchar(100) not null,
    secret_hash  varchar(255) not null,
    scopes       varchar(1000) not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    primary key (tenant_id, id),
    constraint api_client_client_id_unique unique (tenant_id, client_id)
);

-- Clients authenticate by client id alone, before any tenant is known: this directory (not
-- tenant-owned; a reference table once sharded) maps each client id to its tenant.
create table api_client_directory (
    client_id  varchar(100) not null primary key,
    tenant_id  uuid         not null
);

create table platform_admin (
    id             uuid         not null primary key,
    email          varchar(254) not null,
    display_name   varchar(200) not null,
    password_hash  varchar(255) not null,
    status         varchar(20)  not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    constraint platform_admin_email_unique unique (email)
);
