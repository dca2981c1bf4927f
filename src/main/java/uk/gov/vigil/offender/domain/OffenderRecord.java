package uk.gov.vigil.offender.domain;

import java.time.Instant;
import java.util.Set;

/**
 * An offender's record as stored: the details, the version that guards against lost updates, and who created and
 * last changed it.
 */
public record OffenderRecord(OffenderId id, long version, OffenderDetails details, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy) {

    public Set<String> responsibleAgencies() {
        return details.management().responsibleAgencies();
    }
}
