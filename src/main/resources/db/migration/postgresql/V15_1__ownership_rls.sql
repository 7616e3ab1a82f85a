-- PostgreSQL only: ownership rows are tenant-owned.
select tillid_enable_tenant_isolation('customer_ownership');
