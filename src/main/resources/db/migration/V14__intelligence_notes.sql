-- Intelligence about an offender, recorded by officers. Notes are never edited; prison staff and analysts are
-- never shown them.
create table intelligence_note (
    id          uuid          primary key,
    offender_id uuid          not null references offender (id),
    text        varchar(2000) not null,
    recorded_by varchar(64)   not null,
    agency_code varchar(16)   not null references agency (code),
    recorded_at timestamp with time zone not null
);

create index intelligence_note_offender on intelligence_note (offender_id, recorded_at);
