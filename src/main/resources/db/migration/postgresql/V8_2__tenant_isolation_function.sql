-- PostgreSQL only: one function that puts a tenant-owned table under row-level security with the
-- standard policy (the one V6_1, V7_1 and V8_1 spell out), so a migration adding such a table
-- says it in one line and cannot get the policy subtly wrong:
--
--     select tillid_enable_tenant_isolation('customer');
--
-- The table must have a uuid column tenant_id. Owned by the migrating role; the application's
-- role (tillid_app) cannot execute it.
create function tillid_enable_tenant_isolation(target regclass) returns void
    language plpgsql as
$$
begin
    execute format('alter table %s enable row level security', target);
    execute format('alter table %s force row level security', target);
    execute format($policy$
        create policy tenant_isolation on %s
            using (tenant_id = nullif(current_setting('tillid.tenant_id', true), '')::uuid
                   or current_setting('tillid.system', true) = 'on')
            with check (tenant_id = nullif(current_setting('tillid.tenant_id', true), '')::uuid
                        or current_setting('tillid.system', true) = 'on')$policy$, target);
end;
$$;

revoke all on function tillid_enable_tenant_isolation(regclass) from public;
