-- As the PostgreSQL version, without the partial index H2 lacks.
create index if not exists notification_late on notification (offender_id, late, received_at);
