-- The due list and the team workload read the obligations that are due by a day or missed and not yet met, across
-- the register, in order of their last day (issue 9). Without this they scanned every obligation: 940,000 at
-- 1,000,000 offenders. Partial, so it holds only the obligations those lists can show, and covering, so the
-- workload counts are read from the index alone.
create index if not exists obligation_due_by_day on obligation (last_day) include (offender_id, state)
    where state = 'OPEN' or (state = 'MISSED' and met_by is null);

-- The team workload groups an agency's offenders by manager; this answers it from the index.
create index if not exists offender_agency_manager on offender (managing_agency_code, status)
    include (offender_manager);
