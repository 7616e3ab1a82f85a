-- PostgreSQL only: a user's authorizations and consents are tenant-owned.
select tillid_enable_tenant_isolation('oauth_authorization');
select tillid_enable_tenant_isolation('oauth_consent');
