-- The due list and the team workload read obligations from a covering index (V28), which saves reading the table
-- only where the visibility map is up to date. Recording notifications updates and adds obligations all day; with
-- the default thresholds autovacuum waits for a fifth of the table to change (200,000 rows at 1,000,000 offenders)
-- and until it ran the team workload's query took 213 ms instead of 65 ms, and the supervisor's My work page 219 ms
-- (issue 9; 150 ms with this setting). Vacuum after 1% instead.
alter table obligation set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01,
    autovacuum_analyze_scale_factor = 0.02);
