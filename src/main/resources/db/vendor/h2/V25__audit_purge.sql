-- Audit retention (CJIS AU-11; DPA 2018 s.39). A purge deletes the oldest rows of the trail and, in the same
-- transaction, records here the last row it deleted: the first kept row must follow that row's hash, so the chain
-- can still be checked. The checkpoint only moves forward, to a row that exists with that hash.
-- From now on H2AppendOnlyTrigger also refuses to delete an audit row that no checkpoint covers.
create table audit_purge (
    through_seq  bigint       primary key,
    through_hash varchar(64)  not null,
    cut_off      timestamp(3) with time zone not null,
    purged_at    timestamp(3) with time zone not null,
    rows_purged  integer      not null
);

create trigger audit_purge_forward_only before insert, update, delete on audit_purge
    for each row call 'uk.gov.vigil.audit.persistence.H2PurgeCheckpointTrigger';
