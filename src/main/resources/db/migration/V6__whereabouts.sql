-- Whereabouts cases: the search for offenders whose whereabouts are unknown, and every change to each case.

create table whereabouts_case (
    id                   uuid         primary key,
    version              integer      not null,
    offender_id          uuid         not null references offender (id),
    agency_code          varchar(16)  not null references agency (code),
    state                varchar(24)  not null,
    opened_on            date         not null,
    opened_by            varchar(64)  not null,
    opening_reason       varchar(32)  not null,
    compliance_case_id   uuid         references compliance_case (id),
    unknown_since        date,
    last_known_address   varchar(300),
    circumstance         varchar(24),
    believed_country     varchar(2),
    warrant_date         date,
    pnc_circulation      varchar(40),
    international_notice varchar(40),
    located_on           date,
    located_place        varchar(200),
    located_by_agency    varchar(16)  references agency (code),
    located_how          varchar(24),
    closed_on            date,
    outcome              varchar(32),
    updated_at           timestamp with time zone not null,
    updated_by           varchar(64)  not null
);

comment on column whereabouts_case.agency_code is 'The force running the search: the managing force when the case opened';
comment on column whereabouts_case.unknown_since is 'The date whereabouts became unknown; a case counts as unknown from this date until located or closed';

-- The figures for any date read cases whose whereabouts became unknown on or before it.
create index whereabouts_case_unknown_since on whereabouts_case (unknown_since, agency_code);
create index whereabouts_case_offender on whereabouts_case (offender_id);
create index whereabouts_case_agency_state on whereabouts_case (agency_code, state);

create table whereabouts_case_event (
    case_id     uuid          not null references whereabouts_case (id),
    seq         integer       not null,
    type        varchar(32)   not null,
    occurred_at timestamp with time zone not null,
    actor       varchar(64)   not null,
    details     varchar(4000) not null,
    primary key (case_id, seq)
);

comment on table whereabouts_case_event is 'Append-only: every change to a whereabouts case, with who and when';
