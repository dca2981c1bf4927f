-- The last time the instance running or holding an import job wrote to it. A job whose heartbeat stops is failed by
-- StaleImportJobs, so a job whose instance stopped does not stay RUNNING or QUEUED for ever.
alter table import_job add column heartbeat_at timestamp with time zone;
update import_job set heartbeat_at = coalesce(finished_at, created_at);
create index import_job_unfinished on import_job (state, heartbeat_at);
