-- When an ownership relation ended, as the list gives it (YYYY, YYYY-MM or YYYY-MM-DD; null: it has
-- not ended). Ended relations are kept, but no longer count towards "owned or controlled".
alter table watchlist_ownership add column end_date varchar(10);
