-- PostgreSQL only: a tenant's rate limits are tenant-owned; the bucket table is the platform's.
select tillid_enable_tenant_isolation('api_rate_limit');
