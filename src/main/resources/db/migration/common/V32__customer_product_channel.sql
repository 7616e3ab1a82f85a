-- The risk model's product and channel inputs, captured per customer: the tenant's grading of the
-- product or service the customer takes (low, standard, high) and how the customer was identified
-- at onboarding (in person, remotely with a qualified eID, remotely without one). Existing rows keep
-- what the model assumed for them until now: a standard product, identified in person.
alter table customer add column product varchar(16) default 'standard' not null;
alter table customer add column channel varchar(16) default 'in_person' not null;
alter table customer add constraint customer_product_known check (product in ('low', 'standard', 'high'));
alter table customer add constraint customer_channel_known check (channel in ('in_person', 'remote_eid', 'remote'));
