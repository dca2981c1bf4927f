-- The priority list counts each offender's missed obligations. Without this index PostgreSQL answered that from
-- obligation_due (state, deadline_at), which took 2.7 of the 3.4 seconds of the Met's agency-wide list on a
-- 70,000-offender register (measured); with it the count takes 34 ms for the same offenders.
create index obligation_offender_state on obligation (offender_id, state);
