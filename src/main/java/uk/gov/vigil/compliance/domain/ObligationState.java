package uk.gov.vigil.compliance.domain;

import java.util.EnumSet;
import java.util.Set;

/** An obligation's lifecycle, with the moves the engine may make. */
public enum ObligationState {
    /** Waiting for a notification by its deadline. */
    OPEN,
    /** Waiting, with no deadline, while the offender is in custody, in hospital or abroad. */
    SUSPENDED,
    /** A notification arrived in time. */
    MET,
    /** The deadline passed first. A later notification is recorded against it but does not undo the miss. */
    MISSED,
    /** No longer required: the facts changed (a new conviction, a move to no fixed abode) or the period ended. */
    CANCELLED;

    public Set<ObligationState> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(MET, MISSED, CANCELLED);
            case SUSPENDED -> EnumSet.of(MET, CANCELLED);
            case MET, MISSED, CANCELLED -> EnumSet.noneOf(ObligationState.class);
        };
    }

    public boolean canMoveTo(ObligationState state) {
        return next().contains(state);
    }

    /** Whether the obligation is still waiting for a notification. */
    public boolean isPending() {
        return this == OPEN || this == SUSPENDED;
    }
}
