-- PostgreSQL's V33 indexes late notifications for the priority list at national size; H2 serves small sites, where
-- the list is short. A plain index here made BulkTransferIT's parallel batches lose deadlocks on H2 (2 of 6 runs
-- against 0 of 4 without it, 6 December 2026), so H2 has none.
select 1;
