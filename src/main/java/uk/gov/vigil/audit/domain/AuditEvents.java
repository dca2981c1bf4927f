package uk.gov.vigil.audit.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import uk.gov.vigil.shared.audit.AuditAction;

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

    /**
     * The last row purged, which the first kept row must follow: row 0 and {@link AuditChain#GENESIS} until the
     * first purge.
     */
    Checkpoint checkpoint();

    record Checkpoint(long throughSeq, String throughHash) {
    }

    /**
     * Moves the checkpoint to {@code through} and deletes every row up to and including it, in the caller's
     * transaction. The database refuses if a row is less than 365 days old or the checkpoint would move back.
     *
     * @param cutOff the cut-off the purge applied, kept with the checkpoint
     * @param rows   how many rows the purge means to delete
     * @return how many rows were deleted
     */
    int purgeThrough(Checkpoint through, Instant cutOff, Instant purgedAt, int rows);

    List<AuditEvent> find(AuditQuery query);

    /**
     * @param offenderId   rows about this offender or their notifications and cases, or null
     * @param actor        rows of this user, or null
     * @param actorAgency  rows of users of this agency, or null
     * @param actions      rows of these actions, or null for all
     * @param from         from this instant, inclusive
     * @param to           to this instant, exclusive
     */
    record AuditQuery(UUID offenderId, String actor, String actorAgency, Set<AuditAction> actions, Instant from,
            Instant to, int limit) {
    }
}
