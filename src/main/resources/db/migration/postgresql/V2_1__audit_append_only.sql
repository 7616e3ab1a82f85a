-- PostgreSQL only: entries can be added, never changed or removed, whoever connects.
create function audit_entry_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_entry is append-only' using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_no_update
    before update or delete on audit_entry
    for each row execute function audit_entry_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
