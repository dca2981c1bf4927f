-- Search keys for every name an offender is known by: the tokens, their Double Metaphone codes and their groups
-- of equivalent given names (see uk.gov.vigil.search.domain.NameKeys). Rewritten on every change to the record.

create table name_key (
    offender_id uuid        not null references offender (id) on delete cascade,
    name_key    varchar(64) not null,
    primary key (offender_id, name_key)
);

comment on table name_key is 'Written by the search module whenever an offender is registered, imported or changed';

create index name_key_lookup on name_key (name_key, offender_id);
create index offender_date_of_birth on offender (date_of_birth);
create index offender_alias_dob_lookup on offender_alias_date_of_birth (date_of_birth);
