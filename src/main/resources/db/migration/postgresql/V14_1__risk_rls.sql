-- PostgreSQL only: the risk module's tables are tenant-owned.
select tillid_enable_tenant_isolation('risk_model_version');
select tillid_enable_tenant_isolation('risk_model_parameter');
select tillid_enable_tenant_isolation('risk_assessment');
select tillid_enable_tenant_isolation('risk_assessment_factor');
