package uk.gov.vigil.offender;

import java.util.UUID;

/** The record asked for was merged into another; callers send the user on to {@link #keptId()}. */
public class RecordMergedException extends RuntimeException {

    private final UUID mergedId;
    private final UUID keptId;

    public RecordMergedException(UUID mergedId, UUID keptId) {
        super("The record " + mergedId + " was merged into " + keptId);
        this.mergedId = mergedId;
        this.keptId = keptId;
    }

    public UUID mergedId() {
        return mergedId;
    }

    public UUID keptId() {
        return keptId;
    }
}
