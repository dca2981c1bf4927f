package uk.gov.vigil.offender;

import java.util.UUID;

/** An offender record was changed and is now at {@code version}. Carries ids only, never personal data. */
public record OffenderRecordChanged(UUID offenderId, long version, String managingAgency) {
}
