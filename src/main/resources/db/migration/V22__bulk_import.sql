-- Bulk imports: each job and its progress, the rows it turned away, and the references already imported from
-- each sending system, which make a re-run skip what an earlier run stored.
create table import_job (
    id               uuid primary key,
    source           varchar(60)              not null,
    format           varchar(10)              not null,
    state            varchar(10)              not null,
    started_by       varchar(100)             not null,
    agency_code      varchar(20)              not null,
    created_at       timestamp with time zone not null,
    finished_at      timestamp with time zone,
    bytes_total      bigint                   not null,
    bytes_read       bigint                   not null,
    records_read     bigint                   not null,
    records_stored   bigint                   not null,
    records_skipped  bigint                   not null,
    records_rejected bigint                   not null,
    failure          varchar(1000)
);

create table import_problem (
    job_id           uuid          not null references import_job (id),
    seq              bigint        not null,
    line_number      bigint        not null,
    source_reference varchar(100),
    field            varchar(200)  not null,
    message          varchar(1000) not null,
    primary key (job_id, seq)
);

create table import_source (
    source           varchar(60)              not null,
    source_reference varchar(100)             not null,
    offender_id      uuid                     not null references offender (id),
    job_id           uuid                     not null references import_job (id),
    imported_at      timestamp with time zone not null,
    primary key (source, source_reference)
);
