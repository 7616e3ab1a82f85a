-- PostgreSQL only: review notices and webhook subscriptions, deliveries and attempts are tenant-owned.
select tillid_enable_tenant_isolation('review_due_notice');
select tillid_enable_tenant_isolation('webhook_subscription');
select tillid_enable_tenant_isolation('webhook_delivery');
select tillid_enable_tenant_isolation('webhook_attempt');
