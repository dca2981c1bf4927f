package uk.gov.vigil.shared;

import java.time.Instant;

/**
 * An update was based on a version of the record that has since changed. Carries who made the newer change so
 * that the user can talk to them rather than overwrite their work.
 */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;
    private final String changedBy;
    private final Instant changedAt;

    public StaleVersionException(long currentVersion, String changedBy, Instant changedAt) {
        super("The record has changed since you read it: it is now at version " + currentVersion);
        this.currentVersion = currentVersion;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
