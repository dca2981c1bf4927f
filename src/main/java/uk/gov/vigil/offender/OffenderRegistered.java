package uk.gov.vigil.offender;

import java.util.UUID;

/** A new offender record was created. Carries ids only, never personal data. */
public record OffenderRegistered(UUID offenderId, String managingAgency) {
}
