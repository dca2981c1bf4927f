package uk.gov.vigil.audit.domain;

/**
 * The result of checking the audit trail's hash chain.
 *
 * @param intact      whether every row checked out
 * @param rowsChecked how many rows were checked
 * @param brokenAt    the sequence number of the first broken link, or null
 * @param problem     what is wrong there, or null
 */
public record ChainVerification(boolean intact, long rowsChecked, Long brokenAt, String problem) {

    static ChainVerification intact(long rows) {
        return new ChainVerification(true, rows, null, null);
    }

    static ChainVerification broken(long rows, long at, String problem) {
        return new ChainVerification(false, rows, at, problem);
    }

    /**
     * Walks the chain from its first kept row to its head, a page at a time.
     *
     * @param pageSize rows read at a time
     */
    public static ChainVerification of(AuditEvents events, int pageSize) {
        long first = events.firstSeq();
        AuditEvents.Head head = events.head();
        if (first == 0) {
            return head.lastSeq() == 0 ? intact(0)
                    : broken(0, 1, "the trail is empty but its head says row " + head.lastSeq() + " was written");
        }
        long checked = 0;
        long expectedSeq = first;
        String expectedPrevious = null;
        long after = first - 1;
        while (true) {
            var page = events.after(after, pageSize);
            if (page.isEmpty()) {
                break;
            }
            for (AuditEvent e : page) {
                String previous = expectedPrevious == null
                        ? (e.seq() == 1 ? AuditChain.GENESIS : e.previousHash()) : expectedPrevious;
                var problem = AuditChain.check(e, expectedSeq, previous);
                if (problem.isPresent()) {
                    return broken(checked, expectedSeq, problem.get());
                }
                checked++;
                expectedSeq = e.seq() + 1;
                expectedPrevious = e.hash();
                after = e.seq();
            }
        }
        if (after != head.lastSeq() || !head.lastHash().equals(expectedPrevious)) {
            return broken(checked, after + 1, "the chain ends at row " + after + " but its head says row "
                    + head.lastSeq() + ": rows have been removed from the end");
        }
        return intact(checked);
    }
}
