-- As the PostgreSQL version, without what H2 lacks: covering indexes.
drop index if exists offender_agency_manager;
create index offender_agency_manager on offender (managing_agency_code, status, offender_manager, id);
