-- PostgreSQL only: tenant-defined roles are tenant-owned (V7), so row-level security applies to
-- them as to every other tenant-owned table (see V6_1 and README "How to add a tenant-owned table").
do $$
declare
    owned text;
begin
    foreach owned in array array['access_role', 'access_role_permission'] loop
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
