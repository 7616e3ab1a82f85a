-- PostgreSQL only: issued access tokens are tenant-owned; signing keys are the platform's and
-- readable by the application in any scope (every node signs and verifies with them).
select tillid_enable_tenant_isolation('oauth_access_token');
-- A signing key never changes once made: the application may add keys, not alter or remove them.
revoke update, delete on oauth_signing_key from tillid_app;
