package uk.gov.vigil.compliance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A notification received from an offender at a police station. Never edited: a mistake is put right by a
 * further notification that {@code corrects} it, and both are kept.
 *
 * @param eventDate  the date the notified event happened or will happen (a change, a departure, a stay)
 * @param late       whether it came after the time the law allows, decided when it was recorded
 * @param lateReason why it was late, with the provision
 */
public record Notification(UUID id, UUID offenderId, NotificationType type, Instant receivedAt,
        String policeStation, String receivedBy, LocalDate eventDate, NotifiedChanges changes,
        Verification verification, boolean late, String lateReason, UUID corrects, String correctionReason,
        Instant recordedAt, String recordedBy) implements NotificationFacts {
}
