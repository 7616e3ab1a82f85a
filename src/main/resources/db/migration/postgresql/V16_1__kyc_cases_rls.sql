-- PostgreSQL only: cases and their checklist items are tenant-owned.
select tillid_enable_tenant_isolation('kyc_case');
select tillid_enable_tenant_isolation('kyc_case_item');
