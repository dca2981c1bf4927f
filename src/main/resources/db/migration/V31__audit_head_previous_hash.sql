-- The hash the head's last row follows. On PostgreSQL a lone event is sealed in the statement that moves the head
-- (JdbcAuditEvents), whose RETURNING can give only the head's new values, so the update keeps the old hash here.
-- Appends of several rows leave it as it was; nothing else reads it.
alter table audit_chain_head add column previous_hash varchar(64);
