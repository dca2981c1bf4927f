package uk.gov.vigil.offender.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An officer's full, read-only access to a record their agency is not responsible for, for 24 hours from the
 * moment they stated why.
 */
public record FullAccessGrant(UUID id, OffenderId offenderId, String username, String agencyCode,
        FullAccessReason reason, String explanation, Instant grantedAt, Instant expiresAt) {

    public static final Duration LASTS = Duration.ofHours(24);

    public boolean activeAt(Instant instant) {
        return !instant.isBefore(grantedAt) && instant.isBefore(expiresAt);
    }
}
