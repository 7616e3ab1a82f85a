-- Tenant isolation, second layer (PostgreSQL only): row-level security. The application scopes
-- every query by tenant; this stops what it misses. The application's pool works as tillid_app
-- (SET ROLE on each new connection), which owns no table, is no superuser and cannot bypass row
-- security; every connection checkout sets tillid.tenant_id (the tenant's uuid, or '') and
-- tillid.system ('on' only for the few operations that span tenants, such as an import file or
-- verifying every audit chain). Flyway keeps migrating as the login role, the tables' owner.
-- FORCE makes the owner subject to the policies too: a data migration that must see every row
-- sets tillid.system to 'on' first. How to add a tenant-owned table: see README.md.

do $$
begin
    if not exists (select from pg_roles where rolname = 'tillid_app') then
        begin
            create role tillid_app nologin;
        exception
            when duplicate_object or unique_violation then
                null; -- made meanwhile by a migration of another database on this server
            when insufficient_privilege then
                raise exception 'role tillid_app is missing and % may not create roles; a DBA must run: CREATE ROLE tillid_app NOLOGIN; GRANT tillid_app TO %;',
                    current_user, current_user;
        end;
    end if;
    if exists (select from pg_roles where rolname = 'tillid_app' and (rolsuper or rolbypassrls)) then
        raise exception 'role tillid_app must be neither superuser nor BYPASSRLS; a DBA must run: ALTER ROLE tillid_app NOSUPERUSER NOBYPASSRLS;';
    end if;
    if not pg_has_role(current_user, 'tillid_app', 'MEMBER') then
        begin
            execute format('grant tillid_app to %I', current_user);
        exception
            when insufficient_privilege then
                raise exception '% may not SET ROLE tillid_app; a DBA must run: GRANT tillid_app TO %;',
                    current_user, current_user;
        end;
    end if;
    -- data rights only, on what exists now and on what this owner makes later
    execute format('grant usage on schema %I to tillid_app', current_schema());
    execute format('grant select, insert, update, delete on all tables in schema %I to tillid_app', current_schema());
    execute format('grant usage, select on all sequences in schema %I to tillid_app', current_schema());
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to tillid_app',
        current_schema());
    execute format('alter default privileges in schema %I grant usage, select on sequences to tillid_app',
        current_schema());
end;
$$;

-- The application never reads or writes the migration history, and only appends to the audit trail.
revoke all on flyway_schema_history from tillid_app;
revoke update, delete, truncate on audit_entry from tillid_app;

-- Tenant-owned tables: a row is visible and writable only in its tenant's scope (or the system scope).
do $$
declare
    owned text;
begin
    foreach owned in array array['app_user', 'app_user_role', 'api_client', 'password_token', 'mfa_totp',
        'mfa_recovery_code', 'sign_in_failure', 'audit_entry', 'audit_chain_head']
    loop
        execute format('alter table %I enable row level security', owned);
        execute format('alter table %I force row level security', owned);
        execute format($policy$
            create policy tenant_isolation on %I
                using (tenant_id = nullif(current_setting('tillid.tenant_id', true), '')::uuid
                       or current_setting('tillid.system', true) = 'on')
                with check (tenant_id = nullif(current_setting('tillid.tenant_id', true), '')::uuid
                            or current_setting('tillid.system', true) = 'on')$policy$, owned);
    end loop;
end;
$$;

-- The tenant directory: sign-in and links find a tenant by slug before any scope is chosen, so
-- everyone reads it; only the system scope (import) adds or removes tenants, and a tenant may
-- change only its own row (its settings, such as require_mfa).
alter table tenant enable row level security;
alter table tenant force row level security;
create policy tenant_read on tenant for select using (true);
create policy tenant_insert on tenant for insert
    with check (current_setting('tillid.system', true) = 'on');
create policy tenant_update on tenant for update
    using (id = nullif(current_setting('tillid.tenant_id', true), '')::uuid
           or current_setting('tillid.system', true) = 'on')
    with check (id = nullif(current_setting('tillid.tenant_id', true), '')::uuid
                or current_setting('tillid.system', true) = 'on');
create policy tenant_delete on tenant for delete using (current_setting('tillid.system', true) = 'on');

-- The client directory: an API client authenticates by its id before its tenant is known, so
-- everyone reads it; only the system scope (import) writes it.
alter table api_client_directory enable row level security;
alter table api_client_directory force row level security;
create policy client_directory_read on api_client_directory for select using (true);
create policy client_directory_insert on api_client_directory for insert
    with check (current_setting('tillid.system', true) = 'on');
create policy client_directory_update on api_client_directory for update
    using (current_setting('tillid.system', true) = 'on') with check (current_setting('tillid.system', true) = 'on');
create policy client_directory_delete on api_client_directory for delete
    using (current_setting('tillid.system', true) = 'on');

-- Platform staff belong to the platform realm (the all-zero tenant id): no tenant's scope sees them.
alter table platform_admin enable row level security;
alter table platform_admin force row level security;
create policy platform_realm on platform_admin
    using (current_setting('tillid.tenant_id', true) = '00000000-0000-0000-0000-000000000000'
           or current_setting('tillid.system', true) = 'on')
    with check (current_setting('tillid.tenant_id', true) = '00000000-0000-0000-0000-000000000000'
                or current_setting('tillid.system', true) = 'on');
