-- TOTP secrets are stored encrypted (crypto module, the tenant's data key) in secret_enc, bound to
-- the row by its new id, so a data key rotation re-encrypts them like any other encrypted column.
-- secret keeps only values written in clear by earlier versions; each is encrypted at its next use.
alter table mfa_totp add column id uuid;
alter table mfa_totp add column secret_enc bytea;
alter table mfa_totp alter column secret drop not null;
