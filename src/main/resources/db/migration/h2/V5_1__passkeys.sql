-- Passkeys (WebAuthn): Spring Security's own schema for JdbcPublicKeyCredentialUserEntityRepository
-- and JdbcUserCredentialRepository (binary columns differ by database, hence one file per vendor).
-- The tables and their columns are fixed by Spring Security, so they carry no tenant_id column:
-- a user entity's name is the principal id ('user:UUID' or 'admin:UUID', unique across tenants),
-- its id a random WebAuthn handle, and a credential belongs to one user entity.

create table user_entities (
    id           varchar(1000) not null,
    name         varchar(100)  not null,
    display_name varchar(200),
    primary key (id),
    constraint user_entities_name_unique unique (name)
);

create table user_credentials (
    credential_id                varchar(1000) not null,
    user_entity_user_id          varchar(1000) not null,
    public_key                   longvarbinary not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           longvarbinary,
    attestation_client_data_json longvarbinary,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null,
    primary key (credential_id)
);

create index user_credentials_user on user_credentials (user_entity_user_id);
