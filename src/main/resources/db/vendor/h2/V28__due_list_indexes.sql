-- As the PostgreSQL version, without what H2 lacks: partial and covering indexes.
create index if not exists obligation_due_by_day on obligation (last_day);
create index if not exists offender_agency_manager on offender (managing_agency_code, status, offender_manager);
