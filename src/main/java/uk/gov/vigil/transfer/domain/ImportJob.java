package uk.gov.vigil.transfer.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A bulk import and how far it has gone.
 *
 * @param source      the sending system's name; with each record's reference it identifies what was imported
 * @param agencyCode  the agency of the user who started it, which scopes who may read it
 * @param bytesTotal  the file's size; with {@code bytesRead} it gives the progress
 * @param read        records read so far
 * @param stored      records stored
 * @param skipped     records an earlier run already stored
 * @param rejected    records turned away (see the job's row problems)
 */
public record ImportJob(UUID id, String source, TransferFormat format, ImportJobState state, String startedBy,
        String agencyCode, Instant createdAt, Instant finishedAt, long bytesTotal, long bytesRead, long read,
        long stored, long skipped, long rejected, String failure) {

    /** Progress through the file, 0 to 100. */
    public int percent() {
        if (state == ImportJobState.FINISHED) {
            return 100;
        }
        if (bytesTotal <= 0) {
            return 0;
        }
        return (int) Math.min(100, bytesRead * 100 / bytesTotal);
    }

    public ImportJob moveTo(ImportJobState target, Instant at, String why) {
        if (!state.canMoveTo(target)) {
            throw new IllegalStateException("An import job cannot go from " + state + " to " + target);
        }
        return new ImportJob(id, source, format, target, startedBy, agencyCode, createdAt,
                target.ended() ? at : finishedAt, bytesTotal, bytesRead, read, stored, skipped, rejected, why);
    }

    public ImportJob progressed(long bytes, Counts counts) {
        return new ImportJob(id, source, format, state, startedBy, agencyCode, createdAt, finishedAt, bytesTotal,
                bytes, counts.read(), counts.stored(), counts.skipped(), counts.rejected(), failure);
    }

    /** Running totals of an import. */
    public record Counts(long read, long stored, long skipped, long rejected) {

        public static final Counts NONE = new Counts(0, 0, 0, 0);

        public Counts plus(long readNow, long storedNow, long skippedNow, long rejectedNow) {
            return new Counts(read + readNow, stored + storedNow, skipped + skippedNow, rejected + rejectedNow);
        }
    }
}
