-- Nobody, the application included, may change an audit row, or delete one less than a year old (CJIS AU-11).
create trigger audit_event_append_only before update, delete on audit_event
    for each row call 'uk.gov.vigil.audit.persistence.H2AppendOnlyTrigger';
