-- An import stores several batches at once, so a job's problems are numbered in the order their batches were
-- stored; the report lists them in the order of their lines in the file.
create index import_problem_by_line on import_problem (job_id, line_number, seq);
