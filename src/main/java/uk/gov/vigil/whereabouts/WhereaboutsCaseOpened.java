package uk.gov.vigil.whereabouts;

import java.time.LocalDate;
import java.util.UUID;

/** A whereabouts case was opened. Ids and dates only; later integrations pass it on to other agencies. */
public record WhereaboutsCaseOpened(UUID caseId, UUID offenderId, String agencyCode, String openingReason,
        LocalDate openedOn) {
}
