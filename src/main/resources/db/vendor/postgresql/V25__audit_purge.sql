-- Audit retention (CJIS AU-11; DPA 2018 s.39). A purge deletes the oldest rows of the trail and, in the same
-- transaction, records here the last row it deleted: the first kept row must follow that row's hash, so the chain
-- can still be checked. The checkpoint only moves forward, to a row that exists with that hash.
create table audit_purge (
    through_seq  bigint       primary key,
    through_hash varchar(64)  not null,
    cut_off      timestamp(3) with time zone not null,
    purged_at    timestamp(3) with time zone not null,
    rows_purged  integer      not null
);

comment on table audit_purge is 'Append-only; each row is a purge checkpoint, beyond the one before';

create function audit_purge_forward_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT'
            and new.through_seq > coalesce((select max(through_seq) from audit_purge), 0)
            and exists (select 1 from audit_event where seq = new.through_seq and hash = new.through_hash) then
        return new;
    end if;
    raise exception 'audit_purge only moves forward, to a kept audit row: % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_purge_forward_only before insert or update or delete on audit_purge
    for each row execute function audit_purge_forward_only();

create function audit_purge_no_truncate() returns trigger language plpgsql as $$
begin
    raise exception 'audit_purge is append-only: TRUNCATE refused' using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_purge_no_truncate before truncate on audit_purge
    for each statement execute function audit_purge_no_truncate();

revoke update, delete, truncate on audit_purge from public;

-- From now on an audit row may be deleted only if it is more than 365 days old and a checkpoint covers it, so rows
-- cannot be deleted without moving the checkpoint first.
create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and old.occurred_at < now() - interval '365 days'
            and old.seq <= coalesce((select max(through_seq) from audit_purge), 0) then
        return old;
    end if;
    raise exception 'audit_event is append-only: % of row % refused', tg_op, old.seq
        using errcode = 'insufficient_privilege';
end
$$;
