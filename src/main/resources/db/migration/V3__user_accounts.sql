-- Local user accounts. Forces with their own identity provider sign in through OIDC instead.

create table user_account (
    username      varchar(64)  primary key,
    display_name  varchar(120) not null,
    agency_code   varchar(16)  not null references agency (code),
    password_hash varchar(200) not null,
    enabled       boolean      not null,
    created_at    timestamp with time zone not null
);

create table user_role (
    username varchar(64) not null references user_account (username) on delete cascade,
    role     varchar(32) not null,
    primary key (username, role)
);

create index user_account_agency on user_account (agency_code);
