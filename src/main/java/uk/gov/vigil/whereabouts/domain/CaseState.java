package uk.gov.vigil.whereabouts.domain;

import java.util.EnumSet;
import java.util.Set;

/** A whereabouts case's lifecycle. Only the moves listed here are allowed. */
public enum CaseState {
    /** Attempts to locate the offender: visits, calls, checks. */
    ENQUIRIES,
    /** Enquiries failed: whereabouts unknown from a recorded date. */
    WHEREABOUTS_UNKNOWN,
    /** A warrant is out and the offender is circulated as wanted. */
    WANTED,
    /** Found. */
    LOCATED,
    /** Finished, with an outcome. */
    CLOSED;

    public Set<CaseState> next() {
        return switch (this) {
            case ENQUIRIES -> EnumSet.of(WHEREABOUTS_UNKNOWN, LOCATED, CLOSED);
            case WHEREABOUTS_UNKNOWN -> EnumSet.of(WANTED, LOCATED, CLOSED);
            case WANTED -> EnumSet.of(LOCATED, CLOSED);
            case LOCATED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseState.class);
        };
    }

    public boolean canMoveTo(CaseState state) {
        return next().contains(state);
    }

    public boolean isOpen() {
        return this != CLOSED;
    }

    /** Whether the search is still on, so enquiries can be recorded. */
    public boolean isSearching() {
        return this == ENQUIRIES || this == WHEREABOUTS_UNKNOWN || this == WANTED;
    }
}
