package uk.gov.vigil.offender.domain;

import java.util.Optional;

/** When a record may be erased. Pure: the caller has found the record and checked the user's rights. */
public final class ErasureRules {

    private ErasureRules() {
    }

    /**
     * A record erased at a retention review must no longer be subject to the notification requirements: its period
     * has ended, or the offender has died (s.39 DPA 2018 keeps data only while needed, and a live requirement
     * needs it). A record recorded in error, or whose conviction was quashed, may be erased whatever its state,
     * because it should not be held at all (s.47(1) DPA 2018). A merged record goes with the record it was merged
     * into, never alone.
     *
     * @return why the record may not be erased for this reason, or empty if it may
     */
    public static Optional<String> whyNot(RecordStatus status, ErasureReason reason) {
        if (status == RecordStatus.MERGED) {
            return Optional.of("the record was merged into another; erase that record, which takes this one with it");
        }
        if (reason == ErasureReason.RETENTION_REVIEW && status != RecordStatus.EXPIRED
                && status != RecordStatus.DECEASED) {
            return Optional.of("a retention review can erase only a record whose notification period has ended or"
                    + " whose offender has died; this record is " + status);
        }
        return Optional.empty();
    }
}
