-- PostgreSQL only: API keys are tenant-owned. Their directory is read by everyone (a key is
-- presented before its tenant is known) and written only in the key's own tenant scope.
select tillid_enable_tenant_isolation('api_key');

alter table api_key_directory enable row level security;
alter table api_key_directory force row level security;
create policy api_key_directory_read on api_key_directory for select using (true);
create policy api_key_directory_insert on api_key_directory for insert
    with check (tenant_id = nullif(current_setting('tillid.tenant_id', true), '')::uuid
                or current_setting('tillid.system', true) = 'on');
