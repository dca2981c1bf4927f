-- Records found to be the same person and merged (issue 7). The merged-away record stays, marked MERGED, so that
-- its id still leads to the kept one and the audit trail that names it still makes sense.

create table offender_merge (
    merged_id  uuid         primary key references offender (id),
    kept_id    uuid         not null references offender (id),
    merged_at  timestamp with time zone not null,
    merged_by  varchar(64)  not null,
    reason     varchar(500) not null
);

create index offender_merge_kept on offender_merge (kept_id);
