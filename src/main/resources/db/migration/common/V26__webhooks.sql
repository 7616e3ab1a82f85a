-- Periodic reviews that fell due, noted once per customer and due date (the cases module publishes
-- ReviewFellDue for each new one).
create table review_due_notice (
    tenant_id    uuid    not null,
    customer_id  uuid    not null,
    due_on       date    not null,
    noticed_at   timestamp with time zone not null,
    primary key (tenant_id, customer_id, due_on)
);

-- Webhook subscriptions: an endpoint, the event types it wants and its signing secret (sealed with
-- the tenant's data key, bound to this row).
create table webhook_subscription (
    tenant_id     uuid          not null,
    id            uuid          not null,
    url           varchar(2000) not null,
    event_types   varchar(500)  not null,
    description   varchar(200),
    secret        bytea         not null,
    created_by    varchar(100)  not null,
    created_at    timestamp with time zone not null,
    secret_rotated_at timestamp with time zone not null,
    primary key (tenant_id, id)
);

-- The outbox: one delivery per event and subscription, written in the transaction of the event;
-- the sender claims due ones (claimed_until) and retries with backoff; a manual re-send sets
-- retry_base to the attempts so far, so the retries start over.
create table webhook_delivery (
    tenant_id        uuid          not null,
    id               uuid          not null,
    subscription_id  uuid          not null,
    event_type       varchar(100)  not null,
    payload          varchar(16000) not null,
    status           varchar(20)   not null,
    attempts         int           not null,
    retry_base       int           not null,
    next_attempt_at  timestamp with time zone,
    claimed_until    timestamp with time zone,
    last_status_code int,
    created_at       timestamp with time zone not null,
    delivered_at     timestamp with time zone,
    primary key (tenant_id, id),
    foreign key (tenant_id, subscription_id) references webhook_subscription (tenant_id, id) on delete cascade
);
create index webhook_delivery_due on webhook_delivery (status, next_attempt_at);
create index webhook_delivery_listing on webhook_delivery (tenant_id, subscription_id, created_at);

-- Every attempt of a delivery: when, the answer's status code (null if none) or why it failed.
create table webhook_attempt (
    tenant_id    uuid          not null,
    delivery_id  uuid          not null,
    attempt      int           not null,
    attempted_at timestamp with time zone not null,
    status_code  int,
    outcome      varchar(200)  not null,
    primary key (tenant_id, delivery_id, attempt),
    foreign key (tenant_id, delivery_id) references webhook_delivery (tenant_id, id) on delete cascade
);
