package uk.gov.vigil.audit.domain;

import java.util.Optional;

import uk.gov.vigil.shared.Hashes;

/**
 * The hash chain over the audit trail. Each row's hash is SHA-256 over its own fields and the previous row's hash,
 * so altering, inserting or removing a row changes every hash after it. Fields are length-prefixed, so no choice of
 * values can make two different rows hash alike.
 */
public final class AuditChain {

    /** The hash the first row follows. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The hash a row must carry, given its fields and the hash of the row before. */
    public static String hash(AuditEvent e, String previousHash) {
        StringBuilder canonical = new StringBuilder();
        append(canonical, e.seq());
        canonical.append(body(e));
        append(canonical, previousHash);
        return Hashes.sha256Hex(canonical.toString());
    }

    /**
     * The canonical form of a row's fields between its sequence number and the previous hash, the two that only the
     * chain's head knows. The hash is SHA-256 over the UTF-8 bytes of {@code <n>:<seq>;} + this +
     * {@code <n>:<previous hash>;}, where n is the length of what follows it; a database that takes the head can
     * finish the hash itself, since both are ASCII.
     */
    public static String body(AuditEvent e) {
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[] {e.occurredAt().toEpochMilli(), e.actor(), e.actorAgency(), e.action(),
            e.category(), e.objectType(), e.objectId(), e.offenderId(), e.outcome(), e.reason(), e.recipientAgency(),
            e.correlationId(), e.clientAddress()}) {
            append(canonical, field);
        }
        return canonical.toString();
    }

    /** A field as its length in UTF-16 units (-1 for none), a colon, its text and a semicolon. */
    private static void append(StringBuilder canonical, Object field) {
        String text = field == null ? "" : field.toString();
        canonical.append(field == null ? -1 : text.length()).append(':').append(text).append(';');
    }

    /**
     * Checks one row against the row before it.
     *
     * @param expectedSeq      the sequence number the row should have
     * @param expectedPrevious the hash the row should follow
     * @return what is wrong with the row, or empty if it is intact
     */
    public static Optional<String> check(AuditEvent e, long expectedSeq, String expectedPrevious) {
        if (e.seq() != expectedSeq) {
            return Optional.of("row " + expectedSeq + " is missing; the next row is " + e.seq());
        }
        if (!e.previousHash().equals(expectedPrevious)) {
            return Optional.of("row " + e.seq() + " does not follow the hash of row " + (e.seq() - 1));
        }
        if (!e.hash().equals(hash(e, e.previousHash()))) {
            return Optional.of("row " + e.seq() + " has been altered: its contents no longer match its hash");
        }
        return Optional.empty();
    }
}
