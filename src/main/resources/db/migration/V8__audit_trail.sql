-- The audit trail (DPA 2018 s.62; CJIS AU-2, AU-3, AU-9). Rows are only ever appended. Each carries the hash of
-- the row before it, so changing or removing a row breaks the chain at that row. No offender personal data is
-- kept here: objects are named by type and id only.
create table audit_event (
    seq              bigint        primary key,
    occurred_at      timestamp(3) with time zone not null,
    actor            varchar(100)  not null,
    actor_agency     varchar(20),
    action           varchar(40)   not null,
    category         varchar(20)   not null,
    object_type      varchar(40),
    object_id        varchar(100),
    offender_id      uuid,
    outcome          varchar(10)   not null,
    reason           varchar(200),
    recipient_agency varchar(20),
    correlation_id   varchar(64),
    client_address   varchar(64),
    previous_hash    varchar(64)   not null,
    hash             varchar(64)   not null
);

comment on table audit_event is 'Append-only; each row''s hash covers its fields and the previous row''s hash';
comment on column audit_event.offender_id is 'The offender the object concerns, if any, so all access to one offender can be found';

create index audit_event_object on audit_event (object_type, object_id, occurred_at);
create index audit_event_offender on audit_event (offender_id, occurred_at);
create index audit_event_actor on audit_event (actor, occurred_at);

-- The end of the chain. Appending locks this one row, so appends are serialised and the chain has no forks.
create table audit_chain_head (
    id        integer     primary key check (id = 1),
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);

insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
