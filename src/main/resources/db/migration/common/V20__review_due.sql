-- When the customer's next periodic review is due (from its latest risk assessment), kept on the
-- customer so the review worklist is one query filtered by the user's grants.
alter table customer add column next_review_due date;
create index customer_review_due on customer (tenant_id, next_review_due);
