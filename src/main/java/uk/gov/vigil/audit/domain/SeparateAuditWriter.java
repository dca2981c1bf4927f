package uk.gov.vigil.audit.domain;

import java.util.List;

/**
 * Appends rows to the chain in a transaction of their own, on a connection that no request holds, so that a
 * request waiting for its audit row to be written never waits for a connection that other waiting requests hold.
 */
public interface SeparateAuditWriter {

    /** Appends and commits, as {@link AuditEvents#append} does, before returning. */
    void appendAndCommit(List<AuditEvent> unsealed);
}
