-- PostgreSQL only: roles between customers are tenant-owned.
select tillid_enable_tenant_isolation('customer_role');
