-- PostgreSQL only: attribute grants are tenant-owned (V8), so row-level security applies to them as
-- to every other tenant-owned table (see V6_1 and README "How to add a tenant-owned table").
alter table access_grant enable row level security;
alter table access_grant force row level security;
create policy tenant_isolation on access_grant
    using (tenant_id = nullif(current_setting('tillid.tenant_id', true), '')::uuid
           or current_setting('tillid.system', true) = 'on')
    with check (tenant_id = nullif(current_setting('tillid.tenant_id', true), '')::uuid
                or current_setting('tillid.system', true) = 'on');
