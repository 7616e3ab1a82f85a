-- Access: attribute grants. A principal (user:<id>, later client:<id>) may see a dataset object only
-- if it holds the permission AND grants matching the object's attributes: its business unit, its
-- sensitivity (ordinary data, without one, needs none) and its jurisdiction (ISO 3166-1 alpha-2).
-- The value '*' grants every value of its dimension. No rows: no dataset object at all.
-- tenant_id leads every key.

create table access_grant (
    tenant_id     uuid         not null references tenant (id),
    principal_id  varchar(100) not null,
    dimension     varchar(20)  not null,
    grant_value   varchar(64)  not null,
    primary key (tenant_id, principal_id, dimension, grant_value),
    constraint access_grant_dimension check (dimension in ('business_unit', 'sensitivity', 'jurisdiction'))
);
