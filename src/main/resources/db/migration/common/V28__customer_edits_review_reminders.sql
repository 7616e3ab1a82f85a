-- Customer edits: a version per customer, raised by every edit, so an edit made on a stale read is
-- refused (the API's ETag / If-Match, the edit form's hidden field).
alter table customer add column version bigint default 0 not null;

-- The language a user last chose in the web UI (en, da): mail the platform sends on its own, such
-- as review reminders, is written in it; null means English.
alter table app_user add column language varchar(8);

-- Review reminders sent: each user is reminded of a customer's review once per due date while it
-- is coming up (stage 'due') and once more when it has become overdue (stage 'overdue').
create table review_reminder (
    tenant_id    uuid        not null,
    customer_id  uuid        not null,
    due_on       date        not null,
    user_id      uuid        not null,
    stage        varchar(10) not null,
    sent_at      timestamp with time zone not null,
    primary key (tenant_id, customer_id, due_on, user_id, stage),
    foreign key (tenant_id, customer_id) references customer (tenant_id, id) on delete cascade,
    foreign key (tenant_id, user_id) references app_user (tenant_id, id) on delete cascade
);
