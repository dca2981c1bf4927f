package uk.gov.vigil.offender.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an offender's registration stands. The legal moves between states are listed here; anything else is
 * refused with the reason.
 */
public enum RecordStatus {
    /** In the community and subject to the notification requirements. */
    ACTIVE,
    /** In custody: the periodic notification duty is suspended until release. */
    IN_CUSTODY,
    /** Detained in hospital: as for custody. */
    IN_HOSPITAL,
    /** Outside the United Kingdom. */
    ABROAD,
    /** The notification period has ended. A new conviction can make the record active again. */
    EXPIRED,
    /** Dead. Final. */
    DECEASED,
    /** Found to be another record of the same person and merged into it, which now holds everything. Final. */
    MERGED;

    /** The states a new record may start in. */
    public static final Set<RecordStatus> INITIAL = EnumSet.of(ACTIVE, IN_CUSTODY, IN_HOSPITAL, ABROAD);

    public boolean canMoveTo(RecordStatus next) {
        if (next == this) {
            return true;
        }
        // A period can end, or an offender die, in any state; only death and merging are final.
        return this != DECEASED && this != MERGED;
    }

    /** Why a move is not allowed, for the message shown to the user. */
    public String whyNot(RecordStatus next) {
        return "the record is marked " + this + ", which is final; it cannot move to " + next;
    }

    /** Whether the record no longer stands for a person the register tracks on its own. */
    public boolean isFinal() {
        return this == DECEASED || this == MERGED;
    }
}
