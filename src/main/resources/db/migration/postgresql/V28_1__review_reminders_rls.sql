-- PostgreSQL only: the reminders sent are tenant-owned.
select tillid_enable_tenant_isolation('review_reminder');
