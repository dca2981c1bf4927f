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
     * Walks the chain from the purge checkpoint to the head, a page at a time. The first kept row must follow the
     * checkpoint, so rows deleted from the start without moving it are found as well as rows changed, inserted or
     * deleted anywhere else. Rows appended after the head was read are left for the next check.
     *
     * @param pageSize rows read at a time
     */
    public static ChainVerification of(AuditEvents events, int pageSize) {
        AuditEvents.Checkpoint checkpoint = events.checkpoint();
        AuditEvents.Head head = events.head();
        long checked = 0;
        long after = checkpoint.throughSeq();
        String expectedPrevious = checkpoint.throughHash();
        reading:
        while (after < head.lastSeq()) {
            var page = events.after(after, pageSize);
            if (page.isEmpty()) {
                break;
            }
            for (AuditEvent e : page) {
                if (e.seq() > head.lastSeq()) {
                    break reading;
                }
                var problem = AuditChain.check(e, after + 1, expectedPrevious);
                if (problem.isPresent()) {
                    return broken(checked, after + 1, problem.get());
                }
                checked++;
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
