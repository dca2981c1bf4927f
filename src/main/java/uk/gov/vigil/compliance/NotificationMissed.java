package uk.gov.vigil.compliance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An offender missed a notification deadline and a compliance case was opened. Carries ids and dates only, never
 * personal data. For later integrations and listeners; the whereabouts case that may follow is opened by an officer.
 */
public record NotificationMissed(UUID offenderId, UUID obligationId, UUID caseId, String managingAgency,
        String obligationKind, LocalDate lastDay) {
}
