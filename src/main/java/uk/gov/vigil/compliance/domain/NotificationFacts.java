package uk.gov.vigil.compliance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * What the notification rules need to know of a notification: which it is, its type, when it was received and
 * which earlier notification it corrects. The planner asks no more, so the obligations can be re-derived without
 * reading every notification's notified changes.
 */
public interface NotificationFacts {

    UUID id();

    NotificationType type();

    Instant receivedAt();

    /** The notification this one corrects, or null. */
    UUID corrects();

    default LocalDate receivedOn(ZoneId zone) {
        return receivedAt().atZone(zone).toLocalDate();
    }

    static NotificationFacts of(UUID id, NotificationType type, Instant receivedAt, UUID corrects) {
        return new Stored(id, type, receivedAt, corrects);
    }

    /** The facts of a stored notification, read without the rest of it. */
    record Stored(UUID id, NotificationType type, Instant receivedAt, UUID corrects) implements NotificationFacts {
    }
}
