package uk.gov.vigil.audit.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Where the audit trail is kept. */
public interface AuditEvents {

    /**
     * Appends rows to the end of the chain, in one go: locks the chain's head, numbers and hashes the rows, stores
     * them and moves the head. Runs in the caller's transaction.
     *
     * @param unsealed rows whose {@code seq}, {@code previousHash} and {@code hash} are not yet set
     */
    void append(List<AuditEvent> unsealed);

    /** Rows after {@code afterSeq}, in chain order, at most {@code limit} of them. */
    List<AuditEvent> after(long afterSeq, int limit);

    /** The sequence number and hash of the last row appended, as the chain's head records them. */
    Head head();

    record Head(long lastSeq, String lastHash) {
    }

    /** The first row still kept: the chain starts there once older rows have been purged. */
    long firstSeq();

    List<AuditEvent> find(AuditQuery query);

    /**
     * @param offenderId   rows about this offender or their notifications and cases, or null
     * @param actor        rows of this user, or null
     * @param actorAgency  rows of users of this agency, or null
     * @param from         from this instant, inclusive
     * @param to           to this instant, exclusive
     */
    record AuditQuery(UUID offenderId, String actor, String actorAgency, Instant from, Instant to,
            int limit) {
    }
}
