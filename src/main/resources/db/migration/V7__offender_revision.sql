-- Every version of every offender record, as it was saved, so that a change is never lost and any earlier version
-- can be read back.

create table offender_revision (
    offender_id uuid            not null references offender (id),
    version     integer         not null,
    details     varchar(100000) not null,
    changed_at  timestamp with time zone not null,
    changed_by  varchar(64)     not null,
    primary key (offender_id, version)
);

comment on column offender_revision.details is 'The record''s details at this version, as JSON';
