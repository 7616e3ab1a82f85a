-- PostgreSQL only: idempotency records are tenant-owned.
select tillid_enable_tenant_isolation('idempotency_record');
