-- The team workload counts, for each manager, the offenders with a missed or due obligation: it joins the agency's
-- offenders to obligation_due_by_day by id. With the id in this index the offender side is read from the index
-- alone, not from the table (issue 9: 133,000 Metropolitan Police offenders at 1,000,000).
drop index if exists offender_agency_manager;
create index offender_agency_manager on offender (managing_agency_code, status) include (offender_manager, id);
