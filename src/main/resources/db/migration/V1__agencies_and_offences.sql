-- Reference data: the agencies that share the register, and the catalogue of offences that trigger registration.

create table agency (
    code          varchar(16)  primary key,
    name          varchar(120) not null unique,
    type          varchar(32)  not null,
    jurisdiction  varchar(32)  not null,
    contact_point varchar(200) not null
);

comment on table agency is 'Police forces, probation regions, prison establishments and national bodies that use the register';
comment on column agency.contact_point is 'How another agency reaches the team that manages registered offenders';

create table offence (
    code      varchar(24)  primary key,
    title     varchar(200) not null,
    act       varchar(120) not null,
    provision varchar(24)  not null
);

comment on table offence is 'Offences listed in Schedule 3 to the Sexual Offences Act 2003 that trigger the notification requirements';
