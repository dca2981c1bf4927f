-- Full access to another agency's offender record, opened by an officer with a stated reason. It lasts 24 hours
-- and is flagged to the managing agency. The free-text explanation is kept here, not in the audit trail.
create table full_access_grant (
    id           uuid         primary key,
    offender_id  uuid         not null references offender (id),
    username     varchar(64)  not null references user_account (username),
    agency_code  varchar(16)  not null references agency (code),
    reason       varchar(40)  not null,
    explanation  varchar(500) not null,
    granted_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null
);

create index full_access_grant_lookup on full_access_grant (username, offender_id, expires_at);
create index full_access_grant_offender on full_access_grant (offender_id, granted_at);
