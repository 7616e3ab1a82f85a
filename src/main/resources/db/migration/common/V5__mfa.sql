-- Multi-factor authentication: TOTP secrets, recovery codes, and the tenant's "require MFA" switch.
--
-- One design for tenants' users and platform staff: rows are keyed by (tenant_id, principal_id),
-- where principal_id is the signed-in principal's id ('user:UUID' or 'admin:UUID') and staff use
-- the platform realm's all-zero tenant id, exactly as the audit trail chains platform events. So
-- tenant_id still leads every key, and one set of queries serves both realms. There is no foreign
-- key to app_user (staff rows have no such parent); MfaReset removes a principal's rows.

alter table tenant add column require_mfa boolean not null default false;

-- secret: the Base32 TOTP key. The crypto module will encrypt this column field by field (envelope
-- encryption under the tenant's key); until then it is stored as it is.
-- last_step: the last accepted RFC 6238 time step; a code for this step or an earlier one is refused.
create table mfa_totp (
    tenant_id     uuid         not null,
    principal_id  varchar(64)  not null,
    secret        varchar(255) not null,
    last_step     bigint       not null,
    enrolled_at   timestamp with time zone not null,
    primary key (tenant_id, principal_id)
);

-- Recovery codes are high-entropy random strings, so an unsalted SHA-256 (hex) is enough.
create table mfa_recovery_code (
    tenant_id     uuid         not null,
    principal_id  varchar(64)  not null,
    code_hash     varchar(64)  not null,
    created_at    timestamp with time zone not null,
    used_at       timestamp with time zone,
    primary key (tenant_id, principal_id, code_hash)
);
