-- PostgreSQL only: customers are tenant-owned.
select tillid_enable_tenant_isolation('customer');
