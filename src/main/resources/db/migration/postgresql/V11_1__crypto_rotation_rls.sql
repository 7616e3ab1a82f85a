-- PostgreSQL only: rotation jobs are tenant-owned.
select tillid_enable_tenant_isolation('crypto_rotation_job');
