-- PostgreSQL only: hits, dispositions, settings and runs are tenant-owned (screening_list_mark is not).
select tillid_enable_tenant_isolation('screening_hit');
select tillid_enable_tenant_isolation('screening_disposition');
select tillid_enable_tenant_isolation('screening_setting');
select tillid_enable_tenant_isolation('screening_run');
