-- Access: the roles a tenant defines for itself from the permission catalogue. Built-in roles are
-- code (io.tillid.access.internal.BuiltInRoles), not rows. Users hold a custom role by the key
-- custom:<id> in app_user_role (identity's table); tenant_id leads every key.

create table access_role (
    tenant_id   uuid         not null references tenant (id),
    id          uuid         not null,
    name        varchar(100) not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    primary key (tenant_id, id),
    constraint access_role_name_unique unique (tenant_id, name)
);

create table access_role_permission (
    tenant_id   uuid        not null,
    role_id     uuid        not null,
    permission  varchar(64) not null,
    primary key (tenant_id, role_id, permission),
    foreign key (tenant_id, role_id) references access_role (tenant_id, id) on delete cascade
);
