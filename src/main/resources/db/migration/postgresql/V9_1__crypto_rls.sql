-- PostgreSQL only: tenant keysets are tenant-owned.
select tillid_enable_tenant_isolation('tenant_keyset');
