-- PostgreSQL's V32 sets autovacuum thresholds for the obligation table; H2 has no vacuum, so nothing to do.
select 1;
