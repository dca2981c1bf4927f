-- The offender record ("nominal"). One row per offender with its identity, identifiers and management; the
-- repeating parts (aliases, marks, passports, convictions, addresses) in child tables ordered by position.

create table offender (
    id                    uuid         primary key,
    version               integer      not null,
    status                varchar(24)  not null,
    given_names           varchar(100) not null,
    family_name           varchar(100) not null,
    date_of_birth         date         not null,
    sex                   varchar(16)  not null,
    nationality           varchar(2),
    height_cm             integer,
    build                 varchar(16),
    eye_colour            varchar(16),
    hair_colour           varchar(16),
    pnc_id                varchar(16),
    cro_number            varchar(16),
    ni_number             varchar(9),
    managing_agency_code  varchar(16)  not null references agency (code),
    probation_agency_code varchar(16)  references agency (code),
    prison_agency_code    varchar(16)  references agency (code),
    offender_manager      varchar(64)  references user_account (username),
    created_at            timestamp with time zone not null,
    created_by            varchar(64)  not null,
    updated_at            timestamp with time zone not null,
    updated_by            varchar(64)  not null
);

comment on column offender.version is 'Optimistic lock; the API exposes it as the ETag';
comment on column offender.pnc_id is 'Police National Computer id, long form YYYY/NNNNNNNC';

create unique index offender_pnc_id on offender (pnc_id);
create index offender_agency_status on offender (managing_agency_code, status, family_name, given_names);
create index offender_probation_agency on offender (probation_agency_code);
create index offender_prison_agency on offender (prison_agency_code);
create index offender_manager on offender (offender_manager);

create table offender_alias (
    offender_id uuid         not null references offender (id) on delete cascade,
    position    integer      not null,
    given_names varchar(100) not null,
    family_name varchar(100) not null,
    primary key (offender_id, position)
);

create table offender_alias_date_of_birth (
    offender_id   uuid not null references offender (id) on delete cascade,
    position      integer not null,
    date_of_birth date not null,
    primary key (offender_id, position)
);

create table offender_mark (
    offender_id uuid         not null references offender (id) on delete cascade,
    position    integer      not null,
    type        varchar(16)  not null,
    location    varchar(100) not null,
    description varchar(500),
    primary key (offender_id, position)
);

create table offender_passport (
    offender_id     uuid        not null references offender (id) on delete cascade,
    position        integer     not null,
    number          varchar(20) not null,
    issuing_country varchar(2)  not null,
    primary key (offender_id, position)
);

create table conviction (
    offender_id     uuid         not null references offender (id) on delete cascade,
    position        integer      not null,
    offence_code    varchar(24)  not null references offence (code),
    conviction_date date         not null,
    court           varchar(120) not null,
    disposal        varchar(40)  not null,
    term_months     integer,
    primary key (offender_id, position)
);

comment on column conviction.conviction_date is 'The relevant date: date of conviction, finding or caution';

create table offender_address (
    offender_id       uuid         not null references offender (id) on delete cascade,
    position          integer      not null,
    type              varchar(24)  not null,
    line1             varchar(120),
    line2             varchar(120),
    town              varchar(80),
    postcode          varchar(8),
    place_description varchar(300),
    from_date         date         not null,
    to_date           date,
    primary key (offender_id, position)
);

create index offender_address_postcode on offender_address (postcode);
