-- Restrictions on who may see a record: RESTRICTED_TO names the only users who may (a record with none is open
-- as usual); EXCLUDED names users who may not, whatever their agency or role.
create table record_restriction (
    offender_id uuid        not null references offender (id),
    kind        varchar(16) not null,
    username    varchar(64) not null references user_account (username),
    added_by    varchar(64) not null,
    added_at    timestamp with time zone not null,
    primary key (offender_id, kind, username)
);

create index record_restriction_user on record_restriction (username);
