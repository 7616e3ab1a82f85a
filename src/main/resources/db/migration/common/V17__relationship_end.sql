-- The date the business relationship ended: it starts the five-year retention period of the
-- customer's records (Danish AML Act § 30).
alter table customer add column relationship_ended_on date;
