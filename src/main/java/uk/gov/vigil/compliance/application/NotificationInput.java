package uk.gov.vigil.compliance.application;

import java.time.Instant;
import java.time.LocalDate;

import uk.gov.vigil.compliance.domain.NotificationType;
import uk.gov.vigil.compliance.domain.NotifiedChanges;
import uk.gov.vigil.compliance.domain.Verification;

/**
 * A notification as an officer records it.
 *
 * @param receivedAt when the offender made it at the station
 * @param eventDate  for a change, the date of the change; for travel, the departure; for a household stay, its start
 */
public record NotificationInput(NotificationType type, Instant receivedAt, String policeStation, LocalDate eventDate,
        NotifiedChanges changes, Verification verification) {

    public NotificationInput {
        changes = changes == null ? NotifiedChanges.NONE : changes;
        verification = verification == null ? Verification.NONE : verification;
    }
}
