package uk.gov.vigil.transfer.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where an import job is. A job is queued, runs, and then either finishes or fails; nothing comes back. */
public enum ImportJobState {
    QUEUED,
    RUNNING,
    FINISHED,
    FAILED;

    public Set<ImportJobState> next() {
        return switch (this) {
            case QUEUED -> EnumSet.of(RUNNING, FAILED);
            case RUNNING -> EnumSet.of(FINISHED, FAILED);
            case FINISHED, FAILED -> EnumSet.noneOf(ImportJobState.class);
        };
    }

    public boolean canMoveTo(ImportJobState target) {
        return next().contains(target);
    }

    public boolean ended() {
        return this == FINISHED || this == FAILED;
    }
}
