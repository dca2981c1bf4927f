-- Nobody, the application included, may change an audit row, or delete one less than a year old (CJIS AU-11).
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and old.occurred_at < now() - interval '365 days' then
        return old;
    end if;
    raise exception 'audit_event is append-only: % of row % refused', tg_op, old.seq
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_append_only();

create function audit_event_no_truncate() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: TRUNCATE refused' using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_no_truncate();

revoke update, delete, truncate on audit_event from public;
