-- Erased records (issue 5). Erasure deletes every row about the offender; this keeps only the fact that the id
-- existed and was erased, when, by whom and why, so that the id answers "erased" and the audit rows that name it
-- can still be explained. No personal data.

create table erased_record (
    offender_id        uuid         primary key,
    erased_at          timestamp with time zone not null,
    erased_by          varchar(64)  not null,
    reason             varchar(40)  not null,
    decision_reference varchar(100) not null
);

comment on table erased_record is 'Ids of erased offender records with when, by whom and why; no personal data';
comment on column erased_record.decision_reference is 'The reference of the decision to erase, such as a review number';
